"use client";

import { useState } from "react";
import { setCallReviewStatusAction } from "@/app/actions/calls";
import { NativeSelect } from "@/components/ui/native-select";
import { useRunAction } from "@/lib/actions/use-run-action";
import { REVIEW_LABELS } from "./call-labels";

/**
 * Inline review status: saved at once, optimistic, put back (with a toast) if the server refuses.
 * A native select: it sits on every row of the call list, where a Radix Select per row was a
 * measurable share of the page's render time (npm run bench).
 */
export function ReviewStatusSelect({ callId, value, label }: { callId: string; value: string; label: string }) {
  const [current, setCurrent] = useState(value);
  const { pending, run } = useRunAction();

  function change(next: string) {
    const previous = current;
    setCurrent(next);
    run(() => setCallReviewStatusAction(callId, next), { onError: () => setCurrent(previous) });
  }

  return (
    <NativeSelect
      size="sm"
      className="w-32"
      value={current}
      onChange={(event) => change(event.target.value)}
      disabled={pending}
      aria-label={label}
      data-testid="review-status"
    >
      {Object.entries(REVIEW_LABELS).map(([v, text]) => (
        <option key={v} value={v}>
          {text}
        </option>
      ))}
    </NativeSelect>
  );
}
