import type { CallDirection, CallOutcome, Sentiment } from "@/db/schema";

export type Speaker = "agent" | "caller";
export type Line = readonly [Speaker, string];

/** The blanks a script fills for one call; every value is already decided by the seeded PRNG. */
export type Slots = {
  business: string;
  /** The AI agent's persona ("Ava"), as it introduces itself. */
  assistant: string;
  /** The AI agent's configured greeting, so transcripts open the way the agent is set up to. */
  greeting: string;
  caller: string;
  first: string;
  /** The caller's number as read aloud, e.g. "(617) 555-0142". */
  callback: string;
  /** A weekday, e.g. "Thursday". */
  day: string;
  /** A time of day, e.g. "10:30 AM". */
  time: string;
  /** One of the client's people: a dentist, an attorney, a plumber, a realtor. */
  staff: string;
  /** A cold caller's introduction, for spam. */
  spammer: string;
  /** Picks with the call's own PRNG, so a script's choices are deterministic too. */
  pick<T>(items: readonly T[]): T;
};

export type CallScript = {
  /** "voicemail" scripts are two turns: a greeting and a message. */
  kind: "conversation" | "voicemail";
  direction: CallDirection;
  outcome: CallOutcome | null;
  /** How often this script is chosen among those of the same kind and direction. */
  weight: number;
  sentiment: readonly (readonly [Sentiment, number])[];
  /** Only for calls outside office hours (the agent says it is the after-hours line). */
  afterHoursOnly?: boolean;
  /** Lines and summary together, so a detail picked for one (a time, an insurer) is the same in both. */
  write(s: Slots): { lines: Line[]; summary: string };
};

export const agent = (text: string): Line => ["agent", text];
export const caller = (text: string): Line => ["caller", text];

export const HAPPY = [
  ["positive", 6],
  ["neutral", 3],
  ["negative", 1],
] as const;
export const NEUTRAL = [
  ["positive", 2],
  ["neutral", 6],
  ["negative", 2],
] as const;
export const UPSET = [
  ["positive", 1],
  ["neutral", 3],
  ["negative", 6],
] as const;
// A cold caller is politely turned away: nobody is pleased, few are annoyed.
export const SPAM = [
  ["neutral", 8],
  ["negative", 2],
] as const;
