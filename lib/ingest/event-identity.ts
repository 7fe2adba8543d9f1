import { createHash } from "node:crypto";

export type Provider = "vapi" | "retell";

export type EventIdentity = { providerCallId: string; eventType: string; malformed?: string };

/**
 * Which call and which event a verified body is about: the inbox's key, read before anything
 * else is trusted. A body that names neither (not JSON, no call id) is still kept, under a key
 * made from its own hash, so the same broken delivery retried is stored once and the connection's
 * health shows it.
 */
export function eventIdentity(provider: Provider, raw: string): EventIdentity {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return broken(raw, "The body is not JSON.");
  }
  const o = body as Record<string, unknown> | null;
  if (provider === "retell") {
    const call = o?.call as Record<string, unknown> | undefined;
    if (typeof o?.event === "string" && typeof call?.call_id === "string" && call.call_id)
      return { providerCallId: call.call_id.slice(0, 200), eventType: o.event.slice(0, 100) };
    return broken(raw, 'The body has no "event" and "call.call_id".');
  }
  const message = o?.message as Record<string, unknown> | undefined;
  const call = message?.call as Record<string, unknown> | undefined;
  if (typeof message?.type === "string" && typeof call?.id === "string" && call.id)
    return { providerCallId: call.id.slice(0, 200), eventType: message.type.slice(0, 100) };
  return broken(raw, 'The body has no "message.type" and "message.call.id".');
}

function broken(raw: string, why: string): EventIdentity {
  return {
    providerCallId: `unreadable-${createHash("sha256").update(raw).digest("hex").slice(0, 32)}`,
    eventType: "unreadable",
    malformed: why,
  };
}
