import { describe, expect, it } from "vitest";
import { invoiceCharges, periodLabel, projectedMinutes } from "./invoice-charges";

describe("invoiceCharges", () => {
  it("charges minutes × rate and a fee per billable agent, onboarding only on the first invoice", () => {
    const later = invoiceCharges({
      minutes: 100,
      ratePerMinuteCents: 12,
      billableAgents: 2,
      periodLabel: "March 2026",
      first: false,
    });
    expect(later.lines.map((l) => [l.kind, l.quantity, l.unitCents, l.amountCents])).toEqual([
      ["minutes", 100, 12, 1200],
      ["agents", 2, 2900, 5800],
    ]);
    expect(later.totalCents).toBe(7000);
    const first = invoiceCharges({
      minutes: 0,
      ratePerMinuteCents: 12,
      billableAgents: 1,
      periodLabel: "March 2026",
      first: true,
    });
    expect(first.totalCents).toBe(2900 + 19900);
    expect(periodLabel("2026-03-01")).toBe("March 2026");
  });

  it("projects minutes at the pace so far, never below what is already used", () => {
    expect(projectedMinutes(100, 10, 30)).toBe(300);
    expect(projectedMinutes(100, 30, 30)).toBe(100);
    expect(projectedMinutes(0, 10, 30)).toBe(0);
  });
});
