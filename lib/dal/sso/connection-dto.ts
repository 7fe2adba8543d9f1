import "server-only";
import type { ssoConnections } from "@/db/schema";
import { connectionUrls } from "@/lib/sso/connection-urls";

type Row = typeof ssoConnections.$inferSelect;

/** A connection as the API answers it: URLs on the tenant's host, never the client secret. */
export function connectionDto(row: Row, origin: string) {
  return {
    id: row.id,
    type: row.type,
    ...(row.clientId ? { clientId: row.clientId } : {}),
    name: row.name,
    domains: row.domains,
    ...(row.type === "oidc"
      ? { oidc: { issuer: row.oidcIssuer, clientId: row.oidcClientId, clientSecretSet: !!row.oidcClientSecretSealed } }
      : {
          saml: {
            idpEntityId: row.samlIdpEntityId,
            ssoUrl: row.samlSsoUrl,
            certificateCount: row.samlIdpCertificates?.length ?? 0,
          },
        }),
    jitProvisioning: row.jitProvisioning,
    defaultRole: row.defaultRole,
    groupRoles: row.groupRoles,
    enforced: row.enforced,
    lastTestedAt: row.lastTestedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    ...connectionUrls(origin, row.id),
  };
}

export type SsoConnectionDto = ReturnType<typeof connectionDto>;
