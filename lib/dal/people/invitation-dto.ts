import "server-only";
import type { invitations } from "@/db/schema";

type InvitationRow = typeof invitations.$inferSelect;
export type InvitationListStatus = "pending" | "accepted" | "expired" | "revoked";

/** A pending invitation past its date is reported as expired without being rewritten. */
export function invitationStatus(
  row: Pick<InvitationRow, "status" | "expiresAt">,
  now = Date.now(),
): InvitationListStatus {
  if (row.status === "pending" && row.expiresAt.getTime() <= now) return "expired";
  return row.status;
}

/** SPEC §9 invitation shape and its dates. The token (and its hash) never leave lib/dal. */
export function toInvitationDto(row: InvitationRow) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: invitationStatus(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    ...(row.clientId ? { clientId: row.clientId, agentIds: row.agentIds } : { clientIds: row.clientIds }),
  };
}

export type InvitationDto = ReturnType<typeof toInvitationDto>;

/** What an invite/resend answer adds: how the email went, and anything the inviter should know. */
export type InvitationResult = InvitationDto & { delivery: "sent" | "outbox" | "failed"; warnings: string[] };
