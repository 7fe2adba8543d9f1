import type { SsoConnectionDto } from "@/lib/dal/sso/connection-dto";

export type GroupRow = { group: string; role: string; agentIds: string[] };

/** What the dialog edits; the secret and metadata fields start empty ("keep what is stored"). */
export type SsoForm = {
  type: "oidc" | "saml";
  name: string;
  domains: string;
  issuer: string;
  oidcClientId: string;
  clientSecret: string;
  metadataXml: string;
  jitProvisioning: boolean;
  defaultRole: string;
  groupRoles: GroupRow[];
  enforced: boolean;
};

export function formFrom(connection: SsoConnectionDto | null, defaultRole: string): SsoForm {
  const oidc = connection && "oidc" in connection ? connection.oidc : undefined;
  return {
    type: connection?.type ?? "oidc",
    name: connection?.name ?? "",
    domains: connection?.domains.join(", ") ?? "",
    issuer: oidc?.issuer ?? "",
    oidcClientId: oidc?.clientId ?? "",
    clientSecret: "",
    metadataXml: "",
    jitProvisioning: connection?.jitProvisioning ?? false,
    defaultRole: connection?.defaultRole ?? defaultRole,
    groupRoles: (connection?.groupRoles ?? []).map((g) => ({
      group: g.group,
      role: g.role,
      agentIds: g.agentIds ?? [],
    })),
    enforced: connection?.enforced ?? false,
  };
}

const splitDomains = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((d) => d.trim())
    .filter(Boolean);

const groupRolesOf = (rows: GroupRow[], forClient: boolean) =>
  rows
    .filter((r) => r.group.trim())
    .map((r) => ({
      group: r.group.trim(),
      role: r.role,
      ...(forClient && r.agentIds.length ? { agentIds: r.agentIds } : {}),
    }));

/** The body of POST /api/v1/sso-connections (and of the create action) for a new connection. */
export function createBody(form: SsoForm, clientId: string | null) {
  return {
    type: form.type,
    ...(clientId ? { clientId } : {}),
    name: form.name,
    domains: splitDomains(form.domains),
    ...(form.type === "oidc"
      ? { oidc: { issuer: form.issuer.trim(), clientId: form.oidcClientId.trim(), clientSecret: form.clientSecret } }
      : { saml: { metadataXml: form.metadataXml } }),
    jitProvisioning: form.jitProvisioning,
    defaultRole: form.defaultRole,
    groupRoles: groupRolesOf(form.groupRoles, !!clientId),
    enforced: false,
  };
}

/**
 * The PATCH body for an edit. Where the IdP is (issuer, client id, metadata) is sent only when it
 * changed, because the server asks for a new test sign-in whenever it is sent; an empty secret or
 * metadata field keeps the stored one.
 */
export function updateBody(form: SsoForm, initial: SsoForm, clientId: string | null) {
  const oidc = {
    ...(form.issuer.trim() !== initial.issuer ? { issuer: form.issuer.trim() } : {}),
    ...(form.oidcClientId.trim() !== initial.oidcClientId ? { clientId: form.oidcClientId.trim() } : {}),
    ...(form.clientSecret ? { clientSecret: form.clientSecret } : {}),
  };
  return {
    name: form.name,
    domains: splitDomains(form.domains),
    ...(form.type === "oidc" && Object.keys(oidc).length ? { oidc } : {}),
    ...(form.type === "saml" && form.metadataXml.trim() ? { saml: { metadataXml: form.metadataXml } } : {}),
    jitProvisioning: form.jitProvisioning,
    defaultRole: form.defaultRole,
    groupRoles: groupRolesOf(form.groupRoles, !!clientId),
    enforced: form.enforced,
  };
}
