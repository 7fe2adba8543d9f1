"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Loader2, Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { DIRECTION_LABELS, OUTCOME_LABELS, REVIEW_LABELS, SENTIMENT_LABELS, STATUS_LABELS } from "./call-labels";
import { FilterSelect } from "./filter-select";

export type FilterValues = Partial<
  Record<
    | "from"
    | "to"
    | "agentId"
    | "direction"
    | "status"
    | "outcome"
    | "sentiment"
    | "reviewStatus"
    | "minDuration"
    | "maxDuration"
    | "q",
    string
  >
>;

const FILTER_ORDER = [
  "from",
  "to",
  "agentId",
  "direction",
  "status",
  "outcome",
  "sentiment",
  "reviewStatus",
  "minDuration",
  "maxDuration",
  "q",
] as const satisfies readonly (keyof FilterValues)[];

const entries = (labels: Record<string, string>) => Object.entries(labels) as [string, string][];

/**
 * The filter bar. Applying it navigates to a URL that carries every filter (and no cursor: a new
 * filter starts at the first page), so the view can be reloaded, bookmarked and shared.
 */
export function CallFiltersForm({
  initial,
  agents,
  showSentiment,
}: {
  initial: FilterValues;
  agents: { id: string; name: string }[];
  showSentiment: boolean;
}) {
  const router = useRouter();
  const [values, setValues] = useState<FilterValues>(initial);
  const [pending, startTransition] = useTransition();
  const set = (key: keyof FilterValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function apply(event: React.FormEvent) {
    event.preventDefault();
    // In a fixed order, so one view always has one URL.
    const query = new URLSearchParams(FILTER_ORDER.flatMap((k) => (values[k]?.trim() ? [[k, values[k]!.trim()]] : [])));
    const text = query.toString();
    startTransition(() => router.push(`/calls${text ? `?${text}` : ""}`));
  }

  return (
    <form
      onSubmit={apply}
      className="grid gap-4 rounded-xl border p-4"
      aria-label="Filter calls"
      data-testid="call-filters"
    >
      <div className="grid gap-1.5">
        <Label htmlFor="q">Search</Label>
        <div className="relative">
          <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" aria-hidden />
          <Input
            id="q"
            type="search"
            className="pl-8"
            placeholder={showSentiment ? "Caller number or words in the summary" : "Caller number"}
            value={values.q ?? ""}
            onChange={(e) => set("q")(e.target.value)}
            maxLength={100}
          />
        </div>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        <div className="grid gap-1.5">
          <Label htmlFor="from">From</Label>
          <Input id="from" type="date" value={values.from ?? ""} onChange={(e) => set("from")(e.target.value)} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="to">To</Label>
          <Input id="to" type="date" value={values.to ?? ""} onChange={(e) => set("to")(e.target.value)} />
        </div>
        <FilterSelect
          id="agentId"
          label="Agent"
          value={values.agentId ?? ""}
          onChange={set("agentId")}
          options={agents.map((a) => [a.id, a.name] as const)}
        />
        <FilterSelect
          id="direction"
          label="Direction"
          value={values.direction ?? ""}
          onChange={set("direction")}
          options={entries(DIRECTION_LABELS)}
        />
        <FilterSelect
          id="status"
          label="Status"
          value={values.status ?? ""}
          onChange={set("status")}
          options={entries(STATUS_LABELS)}
        />
        <FilterSelect
          id="outcome"
          label="Outcome"
          value={values.outcome ?? ""}
          onChange={set("outcome")}
          options={entries(OUTCOME_LABELS)}
        />
        {showSentiment && (
          <FilterSelect
            id="sentiment"
            label="Sentiment"
            value={values.sentiment ?? ""}
            onChange={set("sentiment")}
            options={entries(SENTIMENT_LABELS)}
          />
        )}
        <FilterSelect
          id="reviewStatus"
          label="Review"
          value={values.reviewStatus ?? ""}
          onChange={set("reviewStatus")}
          options={entries(REVIEW_LABELS)}
        />
        <div className="grid gap-1.5">
          <Label htmlFor="minDuration">Min. duration (seconds)</Label>
          <Input
            id="minDuration"
            type="number"
            min={0}
            inputMode="numeric"
            value={values.minDuration ?? ""}
            onChange={(e) => set("minDuration")(e.target.value)}
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="maxDuration">Max. duration (seconds)</Label>
          <Input
            id="maxDuration"
            type="number"
            min={0}
            inputMode="numeric"
            value={values.maxDuration ?? ""}
            onChange={(e) => set("maxDuration")(e.target.value)}
          />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending && <Loader2 className="animate-spin" aria-hidden />}
          Apply filters
        </Button>
        <Button type="button" variant="ghost" asChild>
          <Link href="/calls">Clear</Link>
        </Button>
      </div>
    </form>
  );
}
