"use client";

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import {
  ChartContainer,
  ChartLegend,
  ChartLegendContent,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";
import { formatDay, formatValue, type ValueFormat } from "./chart-format";
import { niceTicks } from "./nice-ticks";

export type Series = { key: string; label: string; color: string };

/**
 * One series or several over every day of the range, as bars, a line or stacked areas. Lines are
 * straight segments with a dot per day, so a day between two empty ones still shows; a day
 * without a value (no calls: no answer rate) stays a visible break, never bridged or smoothed
 * over. The y axis runs from 0 to a round value on nice steps (see niceTicks).
 */
export function DailyChart({
  data,
  series,
  kind,
  format = "count",
  stacked = false,
  label,
}: {
  data: Record<string, number | string | null>[];
  series: Series[];
  kind: "bar" | "line" | "area";
  format?: ValueFormat;
  stacked?: boolean;
  label: string;
}) {
  const ticks = niceTicks(format, highest(data, series, stacked));
  const config: ChartConfig = Object.fromEntries(series.map((s) => [s.key, { label: s.label, color: s.color }]));
  const axes = [
    <CartesianGrid key="grid" vertical={false} />,
    <XAxis
      key="x"
      dataKey="day"
      tickLine={false}
      axisLine={false}
      tickMargin={8}
      minTickGap={24}
      tickFormatter={formatDay}
    />,
    <YAxis
      key="y"
      tickLine={false}
      axisLine={false}
      width={44}
      allowDecimals={false}
      ticks={ticks}
      interval={0}
      tickFormatter={(v: number) => formatValue(format, v)}
      domain={[0, ticks[ticks.length - 1]]}
    />,
    <ChartTooltip
      key="tip"
      content={<ChartTooltipContent labelFormatter={formatDay} valueFormatter={(v) => formatValue(format, v)} />}
    />,
    ...(series.length > 1 ? [<ChartLegend key="legend" content={<ChartLegendContent />} />] : []),
  ];
  const stack = stacked ? "total" : undefined;
  return (
    <ChartContainer config={config} className="h-64 aspect-auto" role="img" aria-label={label}>
      {kind === "bar" ? (
        <BarChart data={data}>
          {axes}
          {series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              stackId={stack}
              fill={`var(--color-${s.key})`}
              radius={stacked && i < series.length - 1 ? 0 : [3, 3, 0, 0]}
            />
          ))}
        </BarChart>
      ) : kind === "line" ? (
        <LineChart data={data}>
          {axes}
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              type="linear"
              stroke={`var(--color-${s.key})`}
              strokeWidth={2}
              dot={{ r: 3, fill: `var(--color-${s.key})` }}
              activeDot={{ r: 5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      ) : (
        <AreaChart data={data}>
          {axes}
          {series.map((s) => (
            <Area
              key={s.key}
              dataKey={s.key}
              type="linear"
              stackId={stack}
              stroke={`var(--color-${s.key})`}
              fill={`var(--color-${s.key})`}
              fillOpacity={0.35}
            />
          ))}
        </AreaChart>
      )}
    </ChartContainer>
  );
}

/** The largest value the chart draws: per day, the sum of the series when they are stacked. */
function highest(data: Record<string, number | string | null>[], series: Series[], stacked: boolean): number {
  const values = data.map((d) => series.map((s) => Number(d[s.key] ?? 0)));
  return Math.max(0, ...values.map((v) => (stacked ? v.reduce((a, b) => a + b, 0) : Math.max(0, ...v))));
}
