import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { agencies, clients, sessions, users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { CLIENT_ROLES } from "@/lib/authz/client-roles";
import { requireStaffOnClient } from "@/lib/authz/guards";
import { getConfig } from "@/lib/config";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { portalOrigin } from "@/lib/hosts";
import { parseInput } from "@/lib/validation";

export const StartPreviewInput = z.object({ role: z.enum(CLIENT_ROLES) }).strict();

const HANDOFF_SECONDS = 120;
const PREVIEW_SECONDS = 60 * 60;

/**
 * "Preview as client" (SPEC §4): staff who may edit a client get a read-only portal session as
 * a chosen role. The portal is another host, so the session travels as a single-use, short-lived
 * hand-off token (only its hash stored) that the portal exchanges for its own cookie.
 */
export async function startClientPreview(actor: Actor, clientId: string, raw: unknown) {
  const staff = requireStaffOnClient(actor, clientId, "client.edit");
  if (!isUuid(clientId)) throw notFound("Client not found");
  const input = parseInput(StartPreviewInput, raw);
  const token = randomBytes(32).toString("base64url");
  const slug = await withTenant(staff.agencyId, async (tx) => {
    const [row] = await tx
      .select({ slug: agencies.slug, sessionVersion: users.sessionVersion })
      .from(clients)
      .innerJoin(agencies, eq(agencies.id, clients.agencyId))
      .innerJoin(users, eq(users.id, staff.userId))
      .where(and(eq(clients.agencyId, staff.agencyId), eq(clients.id, clientId), isNull(clients.archivedAt)));
    if (!row) throw notFound("Client not found");
    await tx.insert(sessions).values({
      id: randomBytes(32).toString("base64url"),
      userId: staff.userId,
      userSessionVersion: row.sessionVersion,
      ip: staff.meta.ip,
      userAgent: staff.meta.userAgent?.slice(0, 512) ?? null,
      expiresAt: new Date(Date.now() + PREVIEW_SECONDS * 1000),
      previewClientId: clientId,
      previewRole: input.role,
      handoffTokenHash: createHash("sha256").update(token).digest("hex"),
      handoffExpiresAt: new Date(Date.now() + HANDOFF_SECONDS * 1000),
    });
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "preview_as_client",
      target: { type: "client", id: clientId },
      clientId,
      details: { role: input.role },
    });
    return row.slug;
  });
  const { appUrl, portalRootDomain } = getConfig();
  return { url: `${portalOrigin(slug, appUrl, portalRootDomain)}/preview?token=${token}` };
}
