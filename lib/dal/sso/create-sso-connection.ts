import "server-only";
import { randomUUID } from "node:crypto";
import { withTenant } from "@/db/tenant";
import { ssoConnections } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { assertOwnClient } from "@/lib/dal/internal/assert-own-client";
import { conflict, invalid } from "@/lib/errors";
import { connectionOrigin } from "@/lib/sso/connection-urls";
import { parseInput } from "@/lib/validation";
import { connectionDto } from "./connection-dto";
import { createConnectionInput } from "./inputs";
import { auditedFields, configColumns } from "./internal/apply-config";
import { requireSsoAdmin } from "./require-sso-admin";

/** Adds an OIDC or SAML connection to the staff's tenant or to one client (SPEC §9, §11). */
export async function createSsoConnection(actor: Actor, raw: unknown) {
  // Who may configure the tenant named in the body is settled before the body is judged.
  requireStaff(actor, "client.read");
  const named = (raw as { clientId?: unknown } | null)?.clientId;
  const staff = requireSsoAdmin(actor, typeof named === "string" ? named : null);
  const input = parseInput(createConnectionInput, raw);
  const clientId = input.clientId ?? null;
  if (input.type === "oidc" && !input.oidc?.clientSecret)
    throw invalid("oidc: issuer, clientId and clientSecret are required.");
  if (input.type === "saml" && !input.saml) throw invalid("saml.metadataXml is required.");
  if (input.enforced) throw conflict("SSO-only can be switched on only after one successful test sign-in.");
  const id = randomUUID();
  const columns = configColumns(id, { ...input, clientId });
  return withTenant(staff.agencyId, async (tx) => {
    if (clientId) await assertOwnClient(tx, staff.agencyId, clientId);
    const [row] = await tx
      .insert(ssoConnections)
      .values({
        id,
        agencyId: staff.agencyId,
        clientId,
        type: input.type,
        name: input.name,
        domains: [...new Set(input.domains)],
        jitProvisioning: input.jitProvisioning,
        defaultRole: input.defaultRole,
        groupRoles: input.groupRoles,
        ...columns,
      })
      .returning();
    await emitAudit(tx, staff.agencyId, auditActorOf(actor), {
      action: "sso_config_change",
      target: { type: "sso_connection", id },
      clientId,
      details: { change: "created", after: auditedFields(input) },
    });
    return connectionDto(row!, await connectionOrigin(tx, staff.agencyId, clientId));
  });
}
