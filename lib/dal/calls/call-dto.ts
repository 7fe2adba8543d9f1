import "server-only";
import type { CallDirection, CallOutcome, CallStatus, ReviewStatus, Sentiment, TranscriptTurn } from "@/db/schema";

/** The columns a list row is built from: never the whole row (no transcript, no file path). */
export type CallListRow = {
  id: string;
  startedAt: Date;
  durationSeconds: number;
  direction: CallDirection;
  status: CallStatus;
  reviewStatus: ReviewStatus;
  callerNumber: string;
  outcome: CallOutcome | null;
  agentId: string;
  agentName: string;
};

/** SPEC §9 call (list) shape, plus the outcome. */
export function toCallListItem(row: CallListRow) {
  return {
    id: row.id,
    startedAt: row.startedAt.toISOString(),
    durationSeconds: row.durationSeconds,
    direction: row.direction,
    status: row.status,
    reviewStatus: row.reviewStatus,
    callerNumber: row.callerNumber,
    outcome: row.outcome,
    agent: { id: row.agentId, name: row.agentName },
  };
}

export type CallListItem = ReturnType<typeof toCallListItem>;

export type CallDetailExtras = {
  details?: { sentiment: Sentiment | null; summary: string | null; transcript: TranscriptTurn[] };
  hasRecording: boolean;
  canPlay: boolean;
  canDownload: boolean;
};

/**
 * SPEC §9 call (detail): what the viewer may not see is absent, not null — the keys are only
 * spread in when the capability holds.
 */
export function toCallDetail(row: CallListRow, extras: CallDetailExtras) {
  const recordingUrl = `/api/v1/portal/calls/${row.id}/recording`;
  return {
    ...toCallListItem(row),
    ...(extras.details
      ? {
          sentiment: extras.details.sentiment,
          summary: extras.details.summary,
          transcript: extras.details.transcript.map((t) => ({
            speaker: t.speaker,
            text: t.text,
            startSeconds: t.startSeconds,
          })),
        }
      : {}),
    ...(extras.canPlay && extras.hasRecording ? { recordingUrl } : {}),
    ...(extras.canDownload && extras.hasRecording ? { downloadUrl: `${recordingUrl}?download=1` } : {}),
  };
}

export type CallDetail = ReturnType<typeof toCallDetail>;
