import "server-only";
import type { invitations } from "@/db/schema";
import { conflict } from "@/lib/errors";

/** Only an open (pending, possibly expired) invitation can be resent. */
export function assertResendable(row: typeof invitations.$inferSelect) {
  if (row.status === "accepted") throw conflict("This invitation was already accepted.");
  if (row.status === "revoked") throw conflict("This invitation was revoked. Invite the person again instead.");
  if (row.status === "expired") throw conflict("A newer invitation replaced this one.");
}
