import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { hiddenSecretReason, maySeeSecret, type SecretAudience } from "@/lib/mail/secret-audience";

/**
 * What the viewer may know of an outbox email's link: it has none, it is shown, or it is hidden
 * with the reason in words ("Only the recipient can open this link…").
 */
export type OutboxLink = { state: "none" } | { state: "visible" } | { state: "hidden"; reason: string };

export function outboxLinkFor(
  viewer: Actor,
  row: { secret: string | null; secretAudience: SecretAudience | null },
): OutboxLink {
  if (!row.secret) return { state: "none" };
  return maySeeSecret(viewer, row.secretAudience)
    ? { state: "visible" }
    : { state: "hidden", reason: hiddenSecretReason(row.secretAudience) };
}
