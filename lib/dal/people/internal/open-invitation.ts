import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { invitations, users } from "@/db/schema";
import { newLinkToken } from "@/lib/auth/tokens";
import { conflict } from "@/lib/errors";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Inserts a pending invitation with a fresh token, inside the caller's transaction. Refuses an
 * email that already has an account in the agency (SPEC §1) or an open invitation; an expired
 * one is marked expired and replaced. The partial unique index settles a race between two.
 */
export async function openInvitation(
  tx: Queryable,
  input: {
    agencyId: string;
    clientId: string | null;
    email: string;
    role: string;
    agentIds: string[];
    clientIds: string[];
    invitedById: string | null;
  },
) {
  const [account] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.agencyId, input.agencyId), sql`lower(${users.email}) = ${input.email}`, eq(users.status, "active")),
    );
  if (account) {
    throw conflict(
      `${input.email} already has an account with this agency. One email address holds one account per agency: they can sign in with it, or invite a different address.`,
    );
  }
  const [open] = await tx
    .select({ id: invitations.id, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(
      and(
        eq(invitations.agencyId, input.agencyId),
        sql`lower(${invitations.email}) = ${input.email}`,
        eq(invitations.status, "pending"),
      ),
    )
    .for("update");
  if (open && open.expiresAt.getTime() > Date.now()) {
    throw conflict(
      `${input.email} already has a pending invitation. Resend it or revoke it instead of inviting again.`,
    );
  }
  if (open) await tx.update(invitations).set({ status: "expired" }).where(eq(invitations.id, open.id));
  const { token, tokenHash } = newLinkToken();
  const now = new Date();
  const [row] = await tx
    .insert(invitations)
    .values({
      agencyId: input.agencyId,
      clientId: input.clientId,
      email: input.email,
      role: input.role,
      agentIds: input.agentIds,
      clientIds: input.clientIds,
      tokenHash,
      invitedById: input.invitedById,
      sentAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    })
    .returning();
  return { row, token };
}

/** Resend: a new token replaces the old one (the old link stops working) and the clock restarts. */
export async function reissueInvitation(tx: Queryable, id: string) {
  const { token, tokenHash } = newLinkToken();
  const now = new Date();
  const [row] = await tx
    .update(invitations)
    .set({ tokenHash, sentAt: now, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) })
    .where(eq(invitations.id, id))
    .returning();
  return { row, token };
}
