"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";

const config: ChartConfig = { calls: { label: "Calls", color: "var(--chart-2)" } };

/** How answered calls ended, one horizontal bar per outcome. */
export function OutcomesChart({ data }: { data: { label: string; calls: number }[] }) {
  return (
    <ChartContainer config={config} className="h-64 aspect-auto" role="img" aria-label="Calls by outcome">
      <BarChart data={data} layout="vertical" margin={{ left: 8 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" tickLine={false} axisLine={false} allowDecimals={false} />
        <YAxis type="category" dataKey="label" tickLine={false} axisLine={false} width={104} />
        <ChartTooltip content={<ChartTooltipContent />} />
        <Bar dataKey="calls" fill="var(--color-calls)" radius={[0, 4, 4, 0]} />
      </BarChart>
    </ChartContainer>
  );
}
