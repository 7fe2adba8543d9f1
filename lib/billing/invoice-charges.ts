// What an invoice charges for one period, in ONE place: the monthly invoices are built from it
// and the billing page shows it for the running period, so "spend this period" is the bill the
// client will get rather than its minutes alone (issue 17: the page used to leave out the
// per-agent fee).

export const AGENT_FEE_CENTS = 2900;
export const ONBOARDING_CENTS = 19900;

/** An agent is billed for the month unless it is still a draft (never took a call). */
export const isBillableAgent = (status: string) => status !== "draft";

export type ChargeLine = {
  kind: "minutes" | "agents" | "onboarding";
  description: string;
  quantity: number;
  unitCents: number;
  amountCents: number;
};

export type ChargeInput = {
  /** Started minutes of the period's calls (each call rounded up to a whole minute). */
  minutes: number;
  ratePerMinuteCents: number;
  billableAgents: number;
  /** "March 2026": names the period on the minutes line. */
  periodLabel: string;
  /** The client's first invoice also charges onboarding. */
  first: boolean;
};

export function invoiceCharges(input: ChargeInput): { lines: ChargeLine[]; totalCents: number } {
  const lines: ChargeLine[] = [
    {
      kind: "minutes",
      description: `Voice AI minutes, ${input.periodLabel}`,
      quantity: input.minutes,
      unitCents: input.ratePerMinuteCents,
      amountCents: input.minutes * input.ratePerMinuteCents,
    },
    {
      kind: "agents",
      description: "AI agent subscription (per agent)",
      quantity: input.billableAgents,
      unitCents: AGENT_FEE_CENTS,
      amountCents: input.billableAgents * AGENT_FEE_CENTS,
    },
  ];
  if (input.first) {
    lines.push({
      kind: "onboarding",
      description: "Onboarding and agent setup",
      quantity: 1,
      unitCents: ONBOARDING_CENTS,
      amountCents: ONBOARDING_CENTS,
    });
  }
  return { lines, totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0) };
}

/** "2026-03-01" → "March 2026" (the period's own calendar month, whatever the zone). */
export function periodLabel(periodStart: string): string {
  return monthYear.format(new Date(`${periodStart}T00:00:00Z`));
}

const monthYear = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** Minutes so far stretched over the whole period at the same pace: the basis of the projected bill. */
export function projectedMinutes(minutesSoFar: number, elapsedMs: number, periodMs: number): number {
  if (elapsedMs <= 0 || minutesSoFar === 0) return minutesSoFar;
  return Math.max(minutesSoFar, Math.round((minutesSoFar * periodMs) / Math.min(elapsedMs, periodMs)));
}
