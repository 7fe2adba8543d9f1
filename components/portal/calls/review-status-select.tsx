"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { setCallReviewStatusAction } from "@/app/portal/[host]/(signed-in)/calls/actions";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { REVIEW_LABELS } from "./call-labels";

/** Inline review status: saved at once, optimistic, put back (with a toast) if the server refuses. */
export function ReviewStatusSelect({ callId, value, label }: { callId: string; value: string; label: string }) {
  const router = useRouter();
  const [current, setCurrent] = useState(value);
  const [pending, startTransition] = useTransition();

  function change(next: string) {
    const previous = current;
    setCurrent(next);
    startTransition(async () => {
      const result = await setCallReviewStatusAction(callId, next);
      if (result.ok) {
        toast.success(result.message);
        router.refresh();
      } else {
        setCurrent(previous);
        toast.error(result.error);
      }
    });
  }

  return (
    <Select value={current} onValueChange={change} disabled={pending}>
      <SelectTrigger size="sm" className="w-32" aria-label={label} data-testid="review-status">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {Object.entries(REVIEW_LABELS).map(([v, text]) => (
          <SelectItem key={v} value={v}>{text}</SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
