import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";

/** A save hit a newer version (409): say so and offer the reload, which drops the local edits. */
export function StalePrompt({ onReload, what = "these permissions" }: { onReload: () => void; what?: string }) {
  return (
    <div
      data-testid="stale-prompt"
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm"
    >
      <p>
        Someone else changed {what} while you were editing. Reload to see their changes — your unsaved edits will be
        lost.
      </p>
      <Button size="sm" variant="outline" onClick={onReload}>
        <RefreshCw aria-hidden /> Reload
      </Button>
    </div>
  );
}
