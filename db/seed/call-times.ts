import type { Random } from "./random";
import type { Industry } from "./scripts";

const DAY_MS = 86_400_000;

// Relative call volume per UTC hour (the demo treats UTC as the clients' local time, so the
// analytics heat map shows a plain business-day shape).
const OFFICE_HOURS = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 4, 7, 8, 7, 5, 6, 7, 6, 5, 3, 1.5, 1, 0.8, 0.5, 0.3, 0.2];
// Plumbing emergencies don't keep office hours; house hunters call in the evening.
const PLUMBING_HOURS = OFFICE_HOURS.map((w, hour) => (hour < 7 || hour >= 18 ? w + 1 : w));
const REALTY_HOURS = OFFICE_HOURS.map((w, hour) => (hour >= 17 && hour < 21 ? w + 2.5 : w));

type Traffic = { hourWeights: number[]; weekendFactor: number };

export const TRAFFIC: Record<Industry, Traffic> = {
  dental: { hourWeights: OFFICE_HOURS, weekendFactor: 0.2 },
  legal: { hourWeights: OFFICE_HOURS, weekendFactor: 0.15 },
  plumbing: { hourWeights: PLUMBING_HOURS, weekendFactor: 0.7 },
  realty: { hourWeights: REALTY_HOURS, weekendFactor: 0.9 },
};

/**
 * `count` call start times in the `days` days before `dayStart` (midnight UTC), sorted oldest
 * first. Volume grows gently towards today, so "this week against last week" shows a change.
 */
export function callStartTimes(random: Random, count: number, dayStart: Date, traffic: Traffic, days = 90): Date[] {
  const dayEntries = Array.from({ length: days }, (_, i) => {
    const offset = i + 1;
    const weekday = new Date(dayStart.getTime() - offset * DAY_MS).getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? traffic.weekendFactor : 1;
    return [offset, (0.75 + 0.5 * (1 - offset / days)) * weekend] as const;
  });
  const hourEntries = traffic.hourWeights.map((weight, hour) => [hour, weight] as const);
  const times = Array.from({ length: count }, () => {
    const offset = random.weighted(dayEntries);
    const hour = random.weighted(hourEntries);
    const seconds = hour * 3600 + random.int(0, 59) * 60 + random.int(0, 59);
    return new Date(dayStart.getTime() - offset * DAY_MS + seconds * 1000);
  });
  return times.sort((a, b) => a.getTime() - b.getTime());
}

/** Whether a call at this time reaches an open office: Monday–Friday, 08:00–18:00 UTC. */
export function isOfficeOpen(at: Date): boolean {
  const weekday = at.getUTCDay();
  const hour = at.getUTCHours();
  return weekday >= 1 && weekday <= 5 && hour >= 8 && hour < 18;
}
