"use client";

import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { PERMISSIONS } from "@/lib/authz/catalogue";
import type { PropagationPreviewDto } from "@/lib/dal/client-defaults/preview-defaults-propagation";

type Item = PropagationPreviewDto["clients"][number];

/** One client in the apply preview: what its users gain and lose, and what is kept. */
export function PropagationRow({
  item,
  checked,
  onCheckedChange,
}: {
  item: Item;
  checked: boolean;
  onCheckedChange: (on: boolean) => void;
}) {
  const id = `apply-${item.id}`;
  const unchanged = item.changes.length === 0;
  return (
    <li className="flex gap-3 rounded-md border p-3" data-testid="propagation-row">
      <Checkbox
        id={id}
        checked={checked && !unchanged}
        disabled={unchanged}
        onCheckedChange={(v) => onCheckedChange(v === true)}
        className="mt-0.5"
      />
      <div className="grid flex-1 gap-1.5 text-sm">
        <Label htmlFor={id} className="font-medium">
          {item.name}
        </Label>
        {unchanged ? (
          <p className="text-muted-foreground">No change — it differs only in toggles set for this client.</p>
        ) : (
          <>
            <div className="flex flex-wrap gap-1">
              {item.gained.map((s) => (
                <Badge key={s} variant="success">
                  Gains {s}
                </Badge>
              ))}
              {item.lost.map((s) => (
                <Badge key={s} variant="warning">
                  Loses {s}
                </Badge>
              ))}
              {item.gained.length + item.lost.length === 0 && (
                <span className="text-muted-foreground">Same sections;</span>
              )}
            </div>
            <p className="text-muted-foreground">
              {item.changes.map((c) => `${PERMISSIONS[c.key].label} ${c.to ? "on" : "off"}`).join(" · ")}
            </p>
          </>
        )}
        {item.keptOverrides.length > 0 && (
          <p className="text-xs text-muted-foreground">
            Keeps its own setting for {item.keptOverrides.map((k) => PERMISSIONS[k].label).join(", ")}.
          </p>
        )}
        {item.held.map((h) => (
          <p key={h.key} className="text-xs text-muted-foreground">
            {PERMISSIONS[h.key].label} unchanged: {h.rule.replaceAll("_", " ")}.
          </p>
        ))}
      </div>
    </li>
  );
}
