/**
 * Demo recordings come from a small pool of shared WAV files rather than one file per call
 * (hundreds of calls would be hundreds of megabytes). A call may use a pool file only when its
 * transcript has the same duration and the same speaker order, so the transcript's timestamps
 * line up with the bursts heard in the audio.
 */
export type Speaker = "agent" | "caller";
export type PoolEntry = { durationSeconds: number; speakers: readonly Speaker[] };
export type TurnStart = { speaker: Speaker; startSeconds: number };

function alternating(turns: number, first: Speaker): Speaker[] {
  const other: Speaker = first === "agent" ? "caller" : "agent";
  return Array.from({ length: turns }, (_, i) => (i % 2 === 0 ? first : other));
}

const conversation = (turns: number, durations: number[]) =>
  durations.map((durationSeconds) => ({ durationSeconds, speakers: alternating(turns, "agent") }));

// (duration, turns) pairs are unique, so the file name below names exactly one entry.
export const RECORDING_POOL: readonly PoolEntry[] = [
  // Inbound voicemail: the agent's greeting, then the caller's message.
  ...conversation(2, [28, 42]),
  // Outbound voicemail: the callee's voicemail greeting, then the agent's message.
  { durationSeconds: 22, speakers: alternating(2, "caller") },
  { durationSeconds: 35, speakers: alternating(2, "caller") },
  ...conversation(6, [45, 60, 75]),
  ...conversation(8, [80, 100, 125]),
  ...conversation(10, [140, 175, 220]),
];

export function poolFileName(entry: PoolEntry): string {
  return `pool-${entry.durationSeconds}s-${entry.speakers.length}t.wav`;
}

/** The path stored in calls.recording_path: relative to DATA_DIR, so the data directory can move. */
export function poolRelativePath(entry: PoolEntry): string {
  return `recordings/${poolFileName(entry)}`;
}

/** Turns evenly spread over the call, to a tenth of a second; the audio is rendered from the same list. */
export function poolTurnStarts(entry: PoolEntry): TurnStart[] {
  const slot = entry.durationSeconds / entry.speakers.length;
  return entry.speakers.map((speaker, i) => ({ speaker, startSeconds: Math.round(i * slot * 10) / 10 }));
}

/** The pool entries a transcript with this speaker order can use. */
export function poolEntriesFor(speakers: readonly Speaker[]): PoolEntry[] {
  return RECORDING_POOL.filter(
    (entry) => entry.speakers.length === speakers.length && entry.speakers.every((s, i) => s === speakers[i]),
  );
}
