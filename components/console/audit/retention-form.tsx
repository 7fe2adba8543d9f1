"use client";

import { useState, type FormEvent } from "react";
import { updateRetentionAction } from "@/app/actions/audit-settings";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useRunAction } from "@/lib/actions/use-run-action";

export function RetentionForm({ retentionDays }: { retentionDays: number }) {
  const [value, setValue] = useState(String(retentionDays));
  const [error, setError] = useState<string | null>(null);
  const { pending, run } = useRunAction();
  const shorter = Number(value) < retentionDays;

  function save(event: FormEvent) {
    event.preventDefault();
    run(() => updateRetentionAction(Number(value)), {
      onSuccess: () => setError(null),
      onError: (failure) => setError(failure.error),
      refresh: "never", // the action revalidates the page
    });
  }

  return (
    <form onSubmit={save} className="grid gap-3" noValidate>
      <div className="grid gap-1.5">
        <Label htmlFor="retention-days">Keep audit events for (days)</Label>
        <div className="flex flex-wrap items-center gap-2">
          <Input
            id="retention-days"
            name="retentionDays"
            type="number"
            inputMode="numeric"
            min={30}
            max={3650}
            step={1}
            className="w-32"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby="retention-help"
            aria-invalid={error ? true : undefined}
          />
          <Button type="submit" disabled={pending || value === String(retentionDays)}>
            Save retention
          </Button>
        </div>
        <p id="retention-help" className="text-sm text-muted-foreground">
          Between 30 and 3,650 days (ten years). Older events are purged every few hours; the chain keeps verifying from
          a checkpoint.
        </p>
        {shorter && !error && (
          <p className="text-sm text-warning" data-testid="retention-warning">
            Events older than {value || "…"} days will be deleted at the next purge.
          </p>
        )}
        {error && (
          <p className="text-sm text-destructive" data-testid="retention-error">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
