import "server-only";
import { secretBox } from "@/lib/crypto/secret-box";
import { invalid } from "@/lib/errors";
import { parseIdpMetadata } from "@/lib/sso/parse-idp-metadata";
import type { SsoGroupRole } from "@/db/schema";
import { rolesFor } from "../inputs";

type Config = {
  type: "oidc" | "saml";
  clientId: string | null;
  defaultRole?: string;
  groupRoles?: SsoGroupRole[];
  oidc?: { issuer?: string; clientId?: string; clientSecret?: string };
  saml?: { metadataXml: string };
};

/** The columns a create or update sets from its input; 422 for a role outside the tenant's set or bad metadata. */
export function configColumns(id: string, input: Config) {
  const roles = rolesFor(input.clientId);
  if (input.defaultRole !== undefined && !roles.includes(input.defaultRole))
    throw invalid(`defaultRole: must be one of ${roles.join(", ")}.`);
  for (const g of input.groupRoles ?? []) {
    if (!roles.includes(g.role)) throw invalid(`groupRoles: role must be one of ${roles.join(", ")}.`);
    if (g.agentIds?.length && !input.clientId)
      throw invalid("groupRoles: agentIds only apply to a client's connection.");
  }
  const columns: Record<string, unknown> = {};
  if (input.defaultRole !== undefined) columns.defaultRole = input.defaultRole;
  if (input.groupRoles !== undefined) columns.groupRoles = input.groupRoles;
  if (input.type === "oidc" && input.oidc) {
    if (input.oidc.issuer !== undefined) columns.oidcIssuer = input.oidc.issuer.replace(/\/$/, "");
    if (input.oidc.clientId !== undefined) columns.oidcClientId = input.oidc.clientId;
    if (input.oidc.clientSecret !== undefined)
      columns.oidcClientSecretSealed = secretBox().seal(input.oidc.clientSecret, `sso:${id}`);
  }
  if (input.type === "saml" && input.saml) {
    const metadata = parseIdpMetadata(input.saml.metadataXml);
    if (!metadata)
      throw invalid(
        "saml.metadataXml: not IdP metadata with an entityID, a SingleSignOnService and a signing certificate.",
      );
    columns.samlIdpEntityId = metadata.entityId;
    columns.samlSsoUrl = metadata.ssoUrl;
    columns.samlIdpCertificates = metadata.certificates;
  }
  return columns;
}

/** What the audit log may say about a change: which fields, never a secret or certificate. */
export function auditedFields(input: Record<string, unknown>) {
  const { oidc, saml, ...rest } = input as { oidc?: Record<string, unknown>; saml?: unknown };
  return {
    ...rest,
    ...(oidc ? { oidc: { ...oidc, clientSecret: oidc.clientSecret !== undefined ? "(changed)" : undefined } } : {}),
    ...(saml ? { saml: "(metadata replaced)" } : {}),
  };
}
