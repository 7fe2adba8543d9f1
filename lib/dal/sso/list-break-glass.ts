import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { auditEvents, users } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireSsoAdmin } from "./require-sso-admin";

/**
 * The staff's break-glass (SPEC §11): the owners who keep a password sign-in while staff are
 * SSO-only, and the last sign-ins that used it (read from the audit log, where each is recorded).
 */
export async function listBreakGlass(actor: Actor) {
  const staff = requireSsoAdmin(actor, null);
  return withTenant(staff.agencyId, async (db) => {
    const owners = await db
      // Break-glass needs the owner's second factor: an owner without one cannot use it. ("users"."id"
      // spelled out: Drizzle writes a selected column unqualified, which the subquery would read as its own.)
      .select({
        email: users.email,
        name: users.name,
        hasMfa: sql<boolean>`exists (select 1 from mfa_factors f where f.user_id = "users"."id")`,
      })
      .from(users)
      .where(
        and(
          eq(users.agencyId, staff.agencyId),
          eq(users.kind, "agency"),
          eq(users.role, "owner"),
          eq(users.status, "active"),
        ),
      )
      .orderBy(asc(sql`lower(${users.email})`));
    const uses = await db
      .select({ at: auditEvents.occurredAt, email: auditEvents.actorEmail, ip: auditEvents.ip })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.agencyId, staff.agencyId),
          eq(auditEvents.action, "login_succeeded"),
          isNull(auditEvents.clientId),
          sql`${auditEvents.details}->>'breakGlass' = 'true'`,
        ),
      )
      .orderBy(desc(auditEvents.seq))
      .limit(5);
    return { owners, uses: uses.map((u) => ({ ...u, at: u.at.toISOString() })) };
  });
}

export type BreakGlassDto = Awaited<ReturnType<typeof listBreakGlass>>;
