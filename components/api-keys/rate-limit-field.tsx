"use client";

import { useState } from "react";
import { setApiKeyRateLimitAction } from "@/app/actions/api-keys";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useRunAction } from "@/lib/actions/use-run-action";

/** A key's requests per minute, changed by the agency's owners and admins. */
export function RateLimitField({ id, name, value }: { id: string; name: string; value: number }) {
  const [draft, setDraft] = useState(String(value));
  const { pending, run } = useRunAction();
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    run(() => setApiKeyRateLimitAction(id, Number(draft)), {
      success: `${name}: ${draft} requests a minute.`,
      onError: () => setDraft(String(value)),
    });
  };
  return (
    <form onSubmit={save} className="flex items-center gap-1">
      <Input
        type="number"
        min={1}
        max={100000}
        inputMode="numeric"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        aria-label={`Requests a minute for ${name}`}
        className="h-8 w-24"
      />
      {draft !== String(value) && (
        <Button type="submit" size="sm" variant="outline" disabled={pending}>
          Save
        </Button>
      )}
    </form>
  );
}
