// Display words for the call enums, shared by the table, filters, detail and charts.
export const DIRECTION_LABELS = { inbound: "Inbound", outbound: "Outbound" } as const;
export const STATUS_LABELS = {
  completed: "Completed",
  missed: "Missed",
  voicemail: "Voicemail",
  failed: "Failed",
} as const;
export const REVIEW_LABELS = { new: "New", reviewed: "Reviewed", follow_up: "Follow-up", done: "Done" } as const;
export const OUTCOME_LABELS = {
  booked: "Booked",
  message_taken: "Message taken",
  transferred: "Transferred",
  spam: "Spam",
  hung_up: "Hung up",
} as const;
export const SENTIMENT_LABELS = { positive: "Positive", neutral: "Neutral", negative: "Negative" } as const;

export function labelOf<T extends Record<string, string>>(labels: T, value: string | null | undefined): string {
  return value && value in labels ? labels[value as keyof T] : "—";
}

/** 0:45, 2:05, 1:02:07 */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

export const formatPercent = (ratio: number) => `${Math.round(ratio * 100)}%`;
