"use client";

import { useCallback, useEffect, useState, useTransition } from "react";
import { Loader2 } from "lucide-react";
import { applyDefaultsAction, previewPropagationAction } from "@/app/actions/client-defaults";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { useRunAction } from "@/lib/actions/use-run-action";
import type { PropagationPreviewDto } from "@/lib/dal/client-defaults/preview-defaults-propagation";
import { PropagationRow } from "./propagation-row";

/**
 * "Apply to existing clients…": per client, what its users would gain or lose; overridden toggles
 * are left alone unless the admin includes them. Applies the previewed defaults version only.
 */
export function ApplyDefaultsDialog() {
  const [open, setOpen] = useState(false);
  const [includeOverridden, setIncludeOverridden] = useState(false);
  const [preview, setPreview] = useState<PropagationPreviewDto | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();
  const { pending: applying, run } = useRunAction();

  const load = useCallback(
    (include: boolean) =>
      startLoading(async () => {
        const result = await previewPropagationAction({ includeOverridden: include });
        if (!result.ok) return setError(result.error);
        setError(null);
        setPreview(result.data);
        setChosen(new Set(result.data.clients.filter((c) => c.changes.length > 0).map((c) => c.id)));
      }),
    [],
  );

  useEffect(() => {
    if (open) load(includeOverridden);
  }, [open, includeOverridden, load]);

  const apply = () => {
    if (!preview) return;
    run(
      () =>
        applyDefaultsAction({ clientIds: [...chosen], includeOverridden, defaultsVersion: preview.defaultsVersion }),
      {
        success: ({ changed: { length: n } }) => `Defaults applied to ${n} ${n === 1 ? "client" : "clients"}.`,
        onSuccess: () => setOpen(false),
      },
    );
  };

  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">Apply to existing clients…</Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-2xl" data-testid="apply-defaults-dialog">
        <DialogHeader>
          <DialogTitle>Apply the defaults to existing clients</DialogTitle>
          <DialogDescription>
            Toggles set for a client itself are kept unless you include them. Every change is audited.
          </DialogDescription>
        </DialogHeader>
        <div className="flex items-center gap-2">
          <Checkbox
            id="include-overridden"
            checked={includeOverridden}
            onCheckedChange={(v) => setIncludeOverridden(v === true)}
            disabled={loading || applying}
          />
          <Label htmlFor="include-overridden">Include overridden toggles</Label>
        </div>
        {error && (
          <p role="status" className="text-sm text-destructive">
            {error}
          </p>
        )}
        {!preview || loading ? (
          <div className="grid gap-2" aria-busy="true">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-14" />
            ))}
          </div>
        ) : preview.clients.length === 0 ? (
          <p className="text-sm text-muted-foreground">Every client already matches the defaults.</p>
        ) : (
          <ul className="grid max-h-[50vh] gap-2 overflow-y-auto pr-1">
            {preview.clients.map((c) => (
              <PropagationRow
                key={c.id}
                item={c}
                checked={chosen.has(c.id)}
                onCheckedChange={(on) => toggle(c.id, on)}
              />
            ))}
          </ul>
        )}
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button onClick={apply} disabled={applying || loading || chosen.size === 0}>
            {applying && <Loader2 className="animate-spin" aria-hidden />} Apply to {chosen.size}{" "}
            {chosen.size === 1 ? "client" : "clients"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
