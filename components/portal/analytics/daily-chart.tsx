"use client";

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartLegend, ChartLegendContent, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";
import { formatDay, formatValue, type ValueFormat } from "./chart-format";

export type Series = { key: string; label: string; color: string };

/** One series or several over the days of the range, as bars, a line or stacked areas. */
export function DailyChart({ data, series, kind, format = "count", stacked = false, label }: {
  data: Record<string, number | string | null>[];
  series: Series[];
  kind: "bar" | "line" | "area";
  format?: ValueFormat;
  stacked?: boolean;
  label: string;
}) {
  const config: ChartConfig = Object.fromEntries(series.map((s) => [s.key, { label: s.label, color: s.color }]));
  const axes = [
    <CartesianGrid key="grid" vertical={false} />,
    <XAxis key="x" dataKey="day" tickLine={false} axisLine={false} tickMargin={8} minTickGap={24} tickFormatter={formatDay} />,
    <YAxis key="y" tickLine={false} axisLine={false} width={44} allowDecimals={false}
      tickFormatter={(v: number) => formatValue(format, v)} domain={format === "percent" ? [0, 1] : undefined} />,
    <ChartTooltip key="tip" content={<ChartTooltipContent labelFormatter={formatDay} valueFormatter={(v) => formatValue(format, v)} />} />,
    ...(series.length > 1 ? [<ChartLegend key="legend" content={<ChartLegendContent />} />] : []),
  ];
  const stack = stacked ? "total" : undefined;
  return (
    <ChartContainer config={config} className="h-64 aspect-auto" role="img" aria-label={label}>
      {kind === "bar" ? (
        <BarChart data={data}>
          {axes}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} stackId={stack} fill={`var(--color-${s.key})`}
              radius={stacked && i < series.length - 1 ? 0 : [3, 3, 0, 0]} />
          ))}
        </BarChart>
      ) : kind === "line" ? (
        <LineChart data={data}>
          {axes}
          {series.map((s) => <Line key={s.key} dataKey={s.key} type="monotone" stroke={`var(--color-${s.key})`} strokeWidth={2} dot={false} />)}
        </LineChart>
      ) : (
        <AreaChart data={data}>
          {axes}
          {series.map((s) => (
            <Area key={s.key} dataKey={s.key} type="monotone" stackId={stack} stroke={`var(--color-${s.key})`}
              fill={`var(--color-${s.key})`} fillOpacity={0.35} />
          ))}
        </AreaChart>
      )}
    </ChartContainer>
  );
}
