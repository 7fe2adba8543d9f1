import "server-only";
import { createHmac } from "node:crypto";
import type { AuditDestinationKind } from "@/db/schema";
import type { StreamedAuditEvent } from "./event-dto";
import { postToDestination } from "./post-to-destination";

export type SendableDestination = { kind: AuditDestinationKind; url: string; secret: string };
export type SendResult = { delivered: number; error: string | null };

/**
 * Sends events, oldest first, and says how many were accepted before the first failure.
 * - https_json: one POST per event, `Idempotency-Key: <event id>` and
 *   `Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">` (the timestamp lets a
 *   receiver refuse replays);
 * - splunk_hec: the whole batch in one HEC request, `Authorization: Splunk <token>`, the event id
 *   in each event and in its indexed fields so duplicates of an at-least-once delivery are found.
 */
export async function sendToDestination(
  destination: SendableDestination,
  events: StreamedAuditEvent[],
  now = new Date(),
): Promise<SendResult> {
  if (events.length === 0) return { delivered: 0, error: null };
  if (destination.kind === "splunk_hec") {
    const body = events
      .map((e) =>
        JSON.stringify({
          time: Date.parse(e.occurredAt) / 1000,
          source: "audit-log",
          sourcetype: "_json",
          event: e,
          fields: { event_id: e.id },
        }),
      )
      .join("\n");
    const result = await postToDestination(destination.url, body, { authorization: `Splunk ${destination.secret}` });
    return result.ok ? { delivered: events.length, error: null } : { delivered: 0, error: result.error };
  }
  let delivered = 0;
  for (const event of events) {
    const body = JSON.stringify(event);
    const result = await postToDestination(destination.url, body, {
      "idempotency-key": event.id,
      signature: signBody(destination.secret, body, now),
    });
    if (!result.ok) return { delivered, error: result.error };
    delivered += 1;
  }
  return { delivered, error: null };
}

export function signBody(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}
