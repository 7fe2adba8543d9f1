// The call vocabulary of db/schema/calls.ts, restated so this pure module needs no database
// import; the worker writing these into `calls` (lib/jobs/ingest) fails to compile if they drift.
export type CallDirection = "inbound" | "outbound";
export type CallStatus = "completed" | "missed" | "voicemail" | "failed";
export type CallOutcome = "booked" | "message_taken" | "transferred" | "spam" | "hung_up";
export type Sentiment = "positive" | "neutral" | "negative";
export type TranscriptTurn = { speaker: "agent" | "caller"; text: string; startSeconds: number };

/**
 * One provider event (or one call read back from the provider's API) in our terms. A field is
 * absent when this event does not carry it — Retell's `call_ended` has no analysis yet — so a
 * merge never erases what an earlier event said. `rank` says how complete the event is:
 * 2 = the call ended (times, status, transcript), 3 = after the provider's analysis (summary,
 * sentiment) or the call as read from the API, which is final.
 */
export type NormalisedCall = {
  providerCallId: string;
  agentExternalId: string | null;
  rank: 2 | 3;
  direction: CallDirection;
  callerNumber: string;
  startedAt: Date;
  durationSeconds: number;
  status: CallStatus;
  outcome: CallOutcome | null;
  summary?: string;
  sentiment?: Sentiment | null;
  transcript?: TranscriptTurn[];
  /** What the provider charged the agency, in cents (not what the client is billed). */
  providerCostCents?: number;
  /** The provider's (often expiring, signed) recording URL: copied once, never shown. */
  recordingUrl?: string;
};

/** What an event is, once read: a call to merge, or something acknowledged and not needed. */
export type NormaliseResult = { kind: "call"; call: NormalisedCall } | { kind: "ignored"; reason: string };

export type StoredCallFields = {
  rank: number;
  direction: CallDirection;
  callerNumber: string;
  startedAt: Date;
  durationSeconds: number;
  status: CallStatus;
  outcome: CallOutcome | null;
  summary: string | null;
  sentiment: Sentiment | null;
  transcript: TranscriptTurn[] | null;
  providerCostCents: number | null;
};

/**
 * Merges an event into the stored call so that the order events arrive in does not matter:
 * a later-stage event (higher rank) wins on the fields it carries; an earlier-stage one that
 * arrives late (Retell's `call_ended` after `call_analyzed`, a retried delivery) only fills what
 * is still empty. Analysis fields are kept unless the event carries them.
 */
export function mergeCall(stored: StoredCallFields | null, next: NormalisedCall): StoredCallFields {
  const fresh: StoredCallFields = {
    rank: next.rank,
    direction: next.direction,
    callerNumber: next.callerNumber,
    startedAt: next.startedAt,
    durationSeconds: next.durationSeconds,
    status: next.status,
    outcome: next.outcome,
    summary: next.summary ?? null,
    sentiment: next.sentiment ?? null,
    transcript: next.transcript ?? null,
    providerCostCents: next.providerCostCents ?? null,
  };
  if (!stored) return fresh;
  const wins = next.rank >= stored.rank;
  const pick = <K extends keyof StoredCallFields>(key: K): StoredCallFields[K] => {
    if (isEmpty(fresh[key])) return stored[key];
    return wins || isEmpty(stored[key]) ? fresh[key] : stored[key];
  };
  return {
    rank: Math.max(stored.rank, next.rank),
    direction: wins ? fresh.direction : stored.direction,
    callerNumber: pick("callerNumber"),
    startedAt: wins ? fresh.startedAt : stored.startedAt,
    durationSeconds: wins ? fresh.durationSeconds : stored.durationSeconds,
    status: wins ? fresh.status : stored.status,
    outcome: pick("outcome"),
    summary: pick("summary"),
    sentiment: pick("sentiment"),
    transcript: pick("transcript"),
    providerCostCents: pick("providerCostCents"),
  };
}

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/** A short "hung up" call: the caller left before anything happened. */
export const HUNG_UP_UNDER_SECONDS = 15;

export const secondsBetween = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));
