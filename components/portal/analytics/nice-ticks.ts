import type { ValueFormat } from "./chart-format";

// Steps a reader counts in: 1-2-5 for counts, clock steps for durations (a 55-second step gives
// 0:55, 1:50 … which nobody reads at a glance), quarters for rates. Hand-written rather than
// d3-array's `ticks`: d3 knows only decimal steps, and durations need sexagesimal ones.
const DURATION_STEPS = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];
const PERCENT_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** The smallest step of the list that covers `max` in at most `count` intervals. */
function stepFor(max: number, count: number, steps: number[]): number {
  return (
    steps.find((s) => s * count >= max) ?? steps[steps.length - 1] * Math.ceil(max / (steps[steps.length - 1] * count))
  );
}

function decimalSteps(max: number, count: number): number[] {
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => Math.max(1, m * magnitude));
}

/**
 * Y-axis ticks from 0 to a round value at or above `max`, at most `count` intervals, each a
 * value a person reads without arithmetic: 0:00, 0:30, 1:00 … for durations (seconds), 0, 5,
 * 10 … for counts, 0–100 % in quarters for rates.
 */
export function niceTicks(format: ValueFormat, max: number, count = 4): number[] {
  if (format === "percent") return PERCENT_TICKS;
  const top = Math.max(max, 1);
  const step =
    format === "duration" ? stepFor(top, count, DURATION_STEPS) : stepFor(top, count, decimalSteps(top, count));
  const intervals = Math.max(1, Math.ceil(top / step));
  return Array.from({ length: intervals + 1 }, (_, i) => i * step);
}
