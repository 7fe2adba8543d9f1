import "server-only";
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Queryable } from "@/db/client";
import { withTenant } from "@/db/tenant";
import {
  agencies,
  aiAgents,
  clients,
  invitations,
  staffClientAssignments,
  userAgentAssignments,
  users,
} from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import type { RequestMeta } from "@/lib/authz/actor";
import { isClientRole } from "@/lib/authz/client-roles";
import { isStaffRole } from "@/lib/authz/staff-roles";
import { isUniqueViolation } from "@/lib/dal/internal/unique-violation";
import { isSsoOnly, mayBreakGlass, SSO_ONLY_MESSAGE } from "@/lib/sso/sso-only";
import { hostAudience } from "./host-agency";
import { hashPassword } from "./password";
import { NewPassword, passwordProblem } from "./password-policy";
import { hashLinkToken, isLinkToken } from "./tokens";
import { findUnstorable, UNSTORABLE_MESSAGE } from "@/lib/storable-text";

export type InvitationState = "valid" | "invalid" | "expired" | "revoked" | "accepted" | "has_account";
export type InvitationView =
  | { state: "valid"; email: string; agencyName: string; clientName: string | null; role: string }
  | { state: Exclude<InvitationState, "valid">; email?: string };

/**
 * What the accept page shows for a token on this host. A token of another agency, a staff
 * token on a portal (or the reverse) and a malformed one are all simply "invalid".
 */
export async function viewInvitation(token: unknown, host: string | null): Promise<InvitationView> {
  const found = await findForHost(token, host);
  if (!found) return { state: "invalid" };
  const { row, agencyName, clientName } = found;
  const state = await stateOf(await getDb(), row);
  return state === "valid"
    ? { state, email: row.email, agencyName, clientName, role: row.role }
    : { state, email: row.email };
}

export const AcceptInvitationInput = z.object({
  token: z.string(),
  email: z.string().trim().toLowerCase(),
  name: z.string().trim().min(1, "Enter your name.").max(120),
  password: NewPassword,
});

export type AcceptResult =
  | { ok: true; email: string; kind: "agency" | "client" }
  | { ok: false; state: InvitationState | "wrong_email"; message?: string };

/**
 * Creates the account an invitation describes. Single use: the invitation flips from pending to
 * accepted with a conditional UPDATE inside the transaction, so of two concurrent accepts exactly
 * one gets the row; the unique (agency, email) index backs it up. The account takes the
 * invitation's email, role and assignments — nothing the browser sends can change them.
 */
export async function acceptInvitation(raw: unknown, host: string | null, meta: RequestMeta): Promise<AcceptResult> {
  // The same refusal as every verb's parseInput: a name the database cannot store as typed.
  const unstorable = findUnstorable(raw);
  if (unstorable)
    return { ok: false, state: "valid", message: `${unstorable.path.join(".") || "form"}: ${UNSTORABLE_MESSAGE}.` };
  const parsed = AcceptInvitationInput.safeParse(raw);
  if (!parsed.success)
    return { ok: false, state: "valid", message: parsed.error.issues[0]?.message ?? "Check the form." };
  const input = parsed.data;
  const found = await findForHost(input.token, host);
  if (!found) return { ok: false, state: "invalid" };
  if (found.row.email.toLowerCase() !== input.email) return { ok: false, state: "wrong_email" };
  // SSO-only: members arrive through single sign-on, never by setting a password (owners excepted).
  const ssoOnly = await isSsoOnly(await getDb(), found.row.agencyId, found.row.clientId);
  if (ssoOnly && !mayBreakGlass({ kind: found.row.clientId ? "client" : "agency", role: found.row.role }))
    return { ok: false, state: "valid", message: SSO_ONLY_MESSAGE };
  const problem = passwordProblem(input.password, found.row.email);
  if (problem) return { ok: false, state: "valid", message: problem };
  const passwordHash = await hashPassword(input.password);
  try {
    return await withTenant(found.row.agencyId, async (tx) => {
      const now = new Date();
      const [inv] = await tx
        .update(invitations)
        .set({ status: "accepted", acceptedAt: now })
        .where(and(eq(invitations.id, found.row.id), eq(invitations.status, "pending"), gt(invitations.expiresAt, now)))
        .returning();
      if (!inv) throw new Refused(await stateOf(tx, found.row.id));
      if (await hasAccount(tx, inv.agencyId, inv.email)) throw new Refused("has_account");
      const kind = inv.clientId ? "client" : "agency";
      if (kind === "client" ? !isClientRole(inv.role) : !isStaffRole(inv.role)) throw new Refused("invalid");
      const [user] = await tx
        .insert(users)
        .values({
          agencyId: inv.agencyId,
          kind,
          clientId: inv.clientId,
          email: inv.email,
          name: input.name,
          role: inv.role,
          passwordHash,
        })
        .returning({ id: users.id });
      await assignFromInvitation(tx, inv, user.id);
      await emitAudit(
        tx,
        inv.agencyId,
        { type: "user", id: user.id, email: inv.email, ip: meta.ip, userAgent: meta.userAgent },
        {
          action: "invite_accepted",
          target: { type: "invitation", id: inv.id },
          clientId: inv.clientId,
          details: { userId: user.id, email: inv.email, role: inv.role },
        },
      );
      return { ok: true as const, email: inv.email, kind };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, state: error.state };
    if (isUniqueViolation(error, "users_agency_email_key")) return { ok: false, state: "has_account" };
    throw error;
  }
}

class Refused extends Error {
  constructor(readonly state: InvitationState) {
    super(state);
  }
}

// Assignments named at invitation time that no longer exist (an agent deleted, a client
// archived since) are dropped rather than failing the acceptance.
async function assignFromInvitation(tx: Queryable, inv: typeof invitations.$inferSelect, userId: string) {
  if (inv.clientId && inv.agentIds.length) {
    const agents = await tx
      .select({ id: aiAgents.id })
      .from(aiAgents)
      .where(
        and(
          eq(aiAgents.agencyId, inv.agencyId),
          eq(aiAgents.clientId, inv.clientId),
          inArray(aiAgents.id, inv.agentIds),
        ),
      );
    if (agents.length) await tx.insert(userAgentAssignments).values(agents.map((a) => ({ userId, agentId: a.id })));
  }
  if (!inv.clientId && inv.clientIds.length) {
    const owned = await tx
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.agencyId, inv.agencyId), isNull(clients.archivedAt), inArray(clients.id, inv.clientIds)));
    if (owned.length) await tx.insert(staffClientAssignments).values(owned.map((c) => ({ userId, clientId: c.id })));
  }
}

async function findForHost(token: unknown, host: string | null) {
  if (!isLinkToken(token)) return null;
  const audience = await hostAudience(host);
  if (audience.kind === "unknown") return null;
  const db = await getDb();
  const [found] = await db
    .select({
      row: invitations,
      agencyName: agencies.name,
      clientName: clients.name,
      clientArchivedAt: clients.archivedAt,
    })
    .from(invitations)
    .innerJoin(agencies, eq(agencies.id, invitations.agencyId))
    .leftJoin(clients, eq(clients.id, invitations.clientId))
    .where(eq(invitations.tokenHash, hashLinkToken(token)));
  if (!found || found.clientArchivedAt) return null;
  // Client invitations are accepted on their own agency's portal, staff ones on the console.
  const onRightHost =
    audience.kind === "console"
      ? found.row.clientId === null
      : found.row.clientId !== null && found.row.agencyId === audience.agency.id;
  return onRightHost ? found : null;
}

// Takes the open transaction when there is one: PGlite has one connection, so a query outside
// the transaction would wait for it forever.
async function stateOf(db: Queryable, rowOrId: typeof invitations.$inferSelect | string): Promise<InvitationState> {
  const row =
    typeof rowOrId === "string" ? (await db.select().from(invitations).where(eq(invitations.id, rowOrId)))[0] : rowOrId;
  if (!row || row.status === "expired") return row ? "expired" : "invalid";
  if (row.status === "revoked") return "revoked";
  if (row.status === "accepted") return "accepted";
  if (row.expiresAt.getTime() <= Date.now()) return "expired";
  return (await hasAccount(db, row.agencyId, row.email)) ? "has_account" : "valid";
}

async function hasAccount(db: Queryable, agencyId: string, email: string): Promise<boolean> {
  const [account] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.agencyId, agencyId),
        sql`lower(${users.email}) = ${email.toLowerCase()}`,
        eq(users.status, "active"),
      ),
    );
  return Boolean(account);
}
