import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { ssoConnections } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { conflict } from "@/lib/errors";
import { connectionOrigin } from "@/lib/sso/connection-urls";
import { parseInput } from "@/lib/validation";
import { connectionDto } from "./connection-dto";
import { updateConnectionInput } from "./inputs";
import { auditedFields, configColumns } from "./internal/apply-config";
import { loadConnection } from "./internal/load-connection";

/**
 * Changes a connection. SSO-only ("enforced") switches on only after one successful test
 * sign-in (SPEC §11); changing where the IdP is (issuer, client id, metadata) asks for a new test.
 */
export async function updateSsoConnection(actor: Actor, id: string, raw: unknown) {
  // Every staff member passes (client.read); loadConnection narrows to what they may configure.
  const staff = requireStaff(actor, "client.read");
  const input = parseInput(updateConnectionInput, raw);
  return withTenant(staff.agencyId, async (tx) => {
    const row = await loadConnection(tx, actor, id);
    const columns = configColumns(row.id, { ...input, type: row.type, clientId: row.clientId });
    const idpMoved = "oidcIssuer" in columns || "oidcClientId" in columns || "samlIdpEntityId" in columns;
    if (input.enforced && !row.enforced && (idpMoved || !row.lastTestedAt))
      throw conflict("SSO-only can be switched on only after one successful test sign-in.");
    const [updated] = await tx
      .update(ssoConnections)
      .set({
        ...columns,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.domains !== undefined ? { domains: [...new Set(input.domains)] } : {}),
        ...(input.jitProvisioning !== undefined ? { jitProvisioning: input.jitProvisioning } : {}),
        ...(input.enforced !== undefined ? { enforced: input.enforced } : {}),
        ...(idpMoved ? { lastTestedAt: null, enforced: false } : {}),
      })
      .where(eq(ssoConnections.id, row.id))
      .returning();
    await emitAudit(tx, row.agencyId, auditActorOf(actor), {
      action: "sso_config_change",
      target: { type: "sso_connection", id: row.id },
      clientId: row.clientId,
      details: {
        change: "updated",
        before: {
          name: row.name,
          domains: row.domains,
          jitProvisioning: row.jitProvisioning,
          defaultRole: row.defaultRole,
          groupRoles: row.groupRoles,
          enforced: row.enforced,
        },
        after: auditedFields(input),
      },
    });
    return connectionDto(updated!, await connectionOrigin(tx, row.agencyId, row.clientId));
  });
}
