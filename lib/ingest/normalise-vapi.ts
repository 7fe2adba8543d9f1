import { z } from "zod";
import { HUNG_UP_UNDER_SECONDS, secondsBetween, type NormaliseResult } from "./normalised-call";
import type { CallOutcome, CallStatus, Sentiment, TranscriptTurn } from "./normalised-call";

// The fields we read of Vapi's Call and ServerMessageEndOfCallReport (@vapi-ai/server-sdk types).
const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "not a date");
const artifact = z
  .object({
    messages: z
      .array(
        z.object({
          role: z.string(),
          message: z.string().nullish(),
          secondsFromStart: z.number().nullish(),
        }),
      )
      .nullish(),
    recordingUrl: z.string().url().nullish(),
    recording: z.object({ mono: z.object({ combinedUrl: z.string().url().nullish() }).nullish() }).nullish(),
  })
  .nullish();
const analysis = z
  .object({
    summary: z.string().nullish(),
    structuredData: z.record(z.string(), z.unknown()).nullish(),
    successEvaluation: z.unknown(),
  })
  .nullish();
export const vapiCall = z.object({
  id: z.string().min(1),
  type: z.string().nullish(),
  assistantId: z.string().nullish(),
  customer: z.object({ number: z.string().nullish() }).nullish(),
  status: z.string().nullish(),
  startedAt: isoDate.nullish(),
  endedAt: isoDate.nullish(),
  createdAt: isoDate.nullish(),
  endedReason: z.string().nullish(),
  cost: z.number().nonnegative().nullish(),
  analysis,
  artifact,
});
const endOfCallReport = z.object({
  type: z.literal("end-of-call-report"),
  endedReason: z.string().nullish(),
  cost: z.number().nonnegative().nullish(),
  startedAt: isoDate.nullish(),
  endedAt: isoDate.nullish(),
  customer: z.object({ number: z.string().nullish() }).nullish(),
  analysis,
  artifact,
  call: vapiCall,
});

/**
 * Vapi `{message: {...}}` → our call. Only `end-of-call-report` (sent once, after post-call
 * analysis) makes a call; status updates, transcripts and tool calls are acknowledged and left.
 * The report's own fields win over the embedded `call` (the report is the later snapshot).
 * Also takes a Call read back through `GET /call` (`{message: {type: "api", call}}`).
 */
export function normaliseVapi(body: unknown): NormaliseResult {
  const type = z.object({ message: z.object({ type: z.string() }) }).parse(body).message.type;
  if (type === "api") return fromCall(vapiCall.parse((body as { message: { call: unknown } }).message.call));
  if (type !== "end-of-call-report") return { kind: "ignored", reason: `Vapi "${type}" messages do not make a call.` };
  const m = endOfCallReport.parse((body as { message: unknown }).message);
  return fromCall({
    ...m.call,
    endedReason: m.endedReason ?? m.call.endedReason,
    cost: m.cost ?? m.call.cost,
    startedAt: m.startedAt ?? m.call.startedAt,
    endedAt: m.endedAt ?? m.call.endedAt,
    customer: m.call.customer ?? m.customer,
    analysis: m.analysis ?? m.call.analysis,
    artifact: m.artifact ?? m.call.artifact,
  });
}

function fromCall(c: z.infer<typeof vapiCall>): NormaliseResult {
  if (c.status && c.status !== "ended") return { kind: "ignored", reason: "The call has not ended yet." };
  const started = c.startedAt ?? c.createdAt;
  if (!started) throw new Error("The call has neither startedAt nor createdAt.");
  const startedAt = new Date(started);
  const durationSeconds = c.endedAt ? secondsBetween(startedAt, new Date(c.endedAt)) : 0;
  const status = vapiStatus(c.endedReason);
  const data = c.analysis?.structuredData;
  const recordingUrl = c.artifact?.recordingUrl ?? c.artifact?.recording?.mono?.combinedUrl;
  return {
    kind: "call",
    call: {
      providerCallId: c.id,
      agentExternalId: c.assistantId ?? null,
      rank: 3,
      direction: c.type === "outboundPhoneCall" ? "outbound" : "inbound",
      callerNumber: c.customer?.number || (c.type === "webCall" ? "web" : "unknown"),
      startedAt,
      durationSeconds,
      status,
      outcome: vapiOutcome(c.endedReason, status, durationSeconds, data),
      ...(c.analysis?.summary ? { summary: c.analysis.summary } : {}),
      ...(c.analysis ? { sentiment: vapiSentiment(data) } : {}),
      ...(c.artifact?.messages ? { transcript: vapiTranscript(c.artifact.messages) } : {}),
      // Vapi reports dollars; cents are what we store.
      ...(typeof c.cost === "number" ? { providerCostCents: Math.round(c.cost * 100) } : {}),
      ...(recordingUrl ? { recordingUrl } : {}),
    },
  };
}

const MISSED = new Set([
  "customer-did-not-answer",
  "customer-busy",
  "call.ringing.sip-inbound-caller-hungup-before-call-connect",
  "twilio-reported-customer-misdialed",
]);

export function vapiStatus(reason: string | null | undefined): CallStatus {
  if (!reason) return "completed";
  if (MISSED.has(reason)) return "missed";
  if (reason === "voicemail") return "voicemail";
  // Vapi's error reasons all say so: "pipeline-error-…", "call.start.error-…", "…-failed…", "…-not-found".
  if (/error|failed|not-found|not-valid|rejected|fraud|insufficient/.test(reason)) return "failed";
  return "completed";
}

function vapiOutcome(
  reason: string | null | undefined,
  status: CallStatus,
  seconds: number,
  data: Record<string, unknown> | null | undefined,
): CallOutcome | null {
  if (reason === "assistant-forwarded-call" || reason?.includes("transfer")) return "transferred";
  if (status !== "completed") return null;
  if (data && Object.entries(data).some(([k, v]) => /book|appointment/i.test(k) && v === true)) return "booked";
  if (reason === "customer-ended-call" && seconds < HUNG_UP_UNDER_SECONDS) return "hung_up";
  return null;
}

// Vapi has no built-in sentiment: agencies add it to the analysis plan's structured data.
function vapiSentiment(data: Record<string, unknown> | null | undefined): Sentiment | null {
  const value = typeof data?.sentiment === "string" ? data.sentiment.toLowerCase() : null;
  return value === "positive" || value === "neutral" || value === "negative" ? value : null;
}

function vapiTranscript(messages: { role: string; message?: string | null; secondsFromStart?: number | null }[]) {
  const out: TranscriptTurn[] = [];
  for (const m of messages) {
    const speaker = m.role === "user" ? "caller" : m.role === "bot" || m.role === "assistant" ? "agent" : null;
    if (!speaker || !m.message?.trim()) continue; // system prompt, tool calls and their results
    out.push({ speaker, text: m.message, startSeconds: Math.round((m.secondsFromStart ?? 0) * 10) / 10 });
  }
  return out;
}
