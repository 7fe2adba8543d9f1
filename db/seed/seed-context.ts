/** What every part of one seeding run shares. */
export type SeedContext = {
  /** Midnight UTC of the seeding day: every generated time is relative to it. */
  dayStart: Date;
  /** One argon2 hash for every demo account: hashing is deliberately slow. */
  passwordHash: string;
  /** The next unused agent phone number, in seeding order, so numbers are stable across runs. */
  nextPhoneNumber: () => string;
};

const DAY_MS = 86_400_000;

export const daysBefore = (ctx: SeedContext, days: number) => new Date(ctx.dayStart.getTime() - days * DAY_MS);

export function phoneNumberSequence(): () => string {
  let next = 2_000_100;
  // +1 555 … is not a real area code: agent lines in the demo can never reach a real phone.
  return () => `+1555${next++}`;
}
