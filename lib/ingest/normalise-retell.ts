import { z } from "zod";
import { HUNG_UP_UNDER_SECONDS, type NormaliseResult } from "./normalised-call";
import type { CallOutcome, CallStatus, Sentiment, TranscriptTurn } from "./normalised-call";

// The few fields we read of Retell's call object (retell-sdk CallResponse / PhoneCallResponse);
// everything else is kept in the inbox's raw payload.
const word = z.object({ start: z.number().optional() });
const retellCall = z.object({
  call_id: z.string().min(1),
  agent_id: z.string().nullish(),
  call_type: z.string().nullish(),
  direction: z.enum(["inbound", "outbound"]).nullish(),
  from_number: z.string().nullish(),
  to_number: z.string().nullish(),
  call_status: z.string().nullish(),
  start_timestamp: z.number().int().positive(),
  end_timestamp: z.number().int().positive().nullish(),
  duration_ms: z.number().nonnegative().nullish(),
  disconnection_reason: z.string().nullish(),
  transcript_object: z
    .array(z.object({ role: z.string(), content: z.string(), words: z.array(word).nullish() }))
    .nullish(),
  recording_url: z.string().url().nullish(),
  call_analysis: z
    .object({
      call_summary: z.string().nullish(),
      user_sentiment: z.string().nullish(),
      in_voicemail: z.boolean().nullish(),
      custom_analysis_data: z.record(z.string(), z.unknown()).nullish(),
    })
    .nullish(),
  call_cost: z.object({ combined_cost: z.number().nonnegative() }).nullish(),
});
export const retellEvent = z.object({ event: z.string().min(1), call: retellCall });

const RANK: Record<string, 2 | 3> = { call_ended: 2, call_analyzed: 3 };

/**
 * Retell `{event, call}` → our call. `call_started` and the transfer/transcript events are
 * acknowledged and not turned into calls (the call is not over); `call_ended` and
 * `call_analyzed` both carry the whole call, the latter with `call_analysis`. Also used for a
 * call read back through `/v2/get-call` or `/v3/list-calls` (event "api", final).
 */
export function normaliseRetell(body: unknown): NormaliseResult {
  const parsed = retellEvent.parse(body);
  const rank = parsed.event === "api" ? 3 : RANK[parsed.event];
  if (!rank) return { kind: "ignored", reason: `Retell "${parsed.event}" events do not change a finished call.` };
  const c = parsed.call;
  if (c.call_status === "ongoing" || c.call_status === "registered")
    return { kind: "ignored", reason: "The call has not ended yet." };
  const durationSeconds = Math.round(
    (c.duration_ms ?? (c.end_timestamp ? c.end_timestamp - c.start_timestamp : 0)) / 1000,
  );
  const direction = c.direction === "outbound" ? "outbound" : "inbound";
  const status = retellStatus(c.disconnection_reason, c.call_status, c.call_analysis?.in_voicemail);
  const analysis = c.call_analysis;
  return {
    kind: "call",
    call: {
      providerCallId: c.call_id,
      agentExternalId: c.agent_id ?? null,
      rank,
      direction,
      // The other party: who called in, or whom the agent called.
      callerNumber:
        (direction === "inbound" ? c.from_number : c.to_number) || (c.call_type === "web_call" ? "web" : "unknown"),
      startedAt: new Date(c.start_timestamp),
      durationSeconds,
      status,
      outcome: retellOutcome(c.disconnection_reason, status, durationSeconds, analysis?.custom_analysis_data),
      ...(analysis?.call_summary ? { summary: analysis.call_summary } : {}),
      ...(analysis ? { sentiment: retellSentiment(analysis.user_sentiment) } : {}),
      ...(c.transcript_object ? { transcript: retellTranscript(c.transcript_object) } : {}),
      ...(c.call_cost ? { providerCostCents: Math.round(c.call_cost.combined_cost) } : {}),
      ...(c.recording_url ? { recordingUrl: c.recording_url } : {}),
    },
  };
}

const MISSED = new Set(["dial_no_answer", "dial_busy", "user_declined", "registered_call_timeout"]);
const VOICEMAIL = new Set(["voicemail_reached", "machine_detected", "ivr_reach_end"]);
const FAILED = new Set([
  "dial_failed",
  "invalid_destination",
  "telephony_provider_permission_denied",
  "telephony_provider_unavailable",
  "sip_routing_error",
  "concurrency_limit_reached",
  "no_valid_payment",
]);

export function retellStatus(
  reason: string | null | undefined,
  callStatus: string | null | undefined,
  inVoicemail: boolean | null | undefined,
): CallStatus {
  if (reason && MISSED.has(reason)) return "missed";
  if ((reason && VOICEMAIL.has(reason)) || inVoicemail) return "voicemail";
  if ((reason && (FAILED.has(reason) || reason.startsWith("error_"))) || callStatus === "error") return "failed";
  if (callStatus === "not_connected") return "missed";
  return "completed";
}

function retellOutcome(
  reason: string | null | undefined,
  status: CallStatus,
  seconds: number,
  custom: Record<string, unknown> | null | undefined,
): CallOutcome | null {
  if (reason === "call_transfer") return "transferred";
  if (reason === "marked_as_spam" || reason === "scam_detected") return "spam";
  if (status !== "completed") return null;
  if (custom && Object.entries(custom).some(([k, v]) => /book|appointment/i.test(k) && v === true)) return "booked";
  if (reason === "user_hangup" && seconds < HUNG_UP_UNDER_SECONDS) return "hung_up";
  return null;
}

export function retellSentiment(value: string | null | undefined): Sentiment | null {
  switch (value?.toLowerCase()) {
    case "positive":
    case "satisfied":
      return "positive";
    case "negative":
    case "frustrated":
      return "negative";
    case "neutral":
      return "neutral";
    default:
      return null; // "Unknown"
  }
}

// A turn starts at its first word; a turn without word timings starts where the previous did.
function retellTranscript(turns: { role: string; content: string; words?: { start?: number }[] | null }[]) {
  const out: TranscriptTurn[] = [];
  let at = 0;
  for (const t of turns) {
    if (!t.content.trim()) continue;
    at = t.words?.find((w) => typeof w.start === "number")?.start ?? at;
    // "transfer_target" is the person a call was handed to: a human on the caller's side of the agent.
    out.push({
      speaker: t.role === "agent" ? "agent" : "caller",
      text: t.content,
      startSeconds: Math.round(at * 10) / 10,
    });
  }
  return out;
}
