"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

const PRESETS = [7, 30, 90] as const;

/** Presets and a custom span of days; the choice lives in the URL like the call filters. */
export function RangePicker({ from, to, preset }: { from: string; to: string; preset: number | null }) {
  const router = useRouter();
  const [start, setStart] = useState(from);
  const [end, setEnd] = useState(to);
  return (
    <div className="flex flex-wrap items-end gap-3" data-testid="range-picker">
      <div className="inline-flex rounded-md border p-0.5" role="group" aria-label="Preset ranges">
        {PRESETS.map((d) => (
          <Button key={d} variant="ghost" size="sm" asChild className={cn(preset === d && "bg-accent")}>
            <Link href={`/analytics?days=${d}`} aria-current={preset === d ? "true" : undefined}>
              {d} days
            </Link>
          </Button>
        ))}
      </div>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          router.push(`/analytics?from=${start}&to=${end}`);
        }}
      >
        <div className="grid gap-1">
          <Label htmlFor="range-from" className="text-xs">
            From
          </Label>
          <Input
            id="range-from"
            type="date"
            value={start}
            max={end}
            onChange={(e) => setStart(e.target.value)}
            className="h-8 w-40"
            required
          />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="range-to" className="text-xs">
            To
          </Label>
          <Input
            id="range-to"
            type="date"
            value={end}
            min={start}
            onChange={(e) => setEnd(e.target.value)}
            className="h-8 w-40"
            required
          />
        </div>
        <Button type="submit" size="sm" variant="outline">
          Show
        </Button>
      </form>
    </div>
  );
}
