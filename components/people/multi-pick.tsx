"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";

/** A labelled list of checkboxes (agents of a client, clients of an agency). */
export function MultiPick({
  legend,
  hint,
  items,
  selected,
  onChange,
  empty,
}: {
  legend: string;
  hint?: string;
  items: { id: string; name: string }[];
  selected: string[];
  onChange: (ids: string[]) => void;
  empty: string;
}) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {hint && <p className="text-xs text-muted-foreground">{hint}</p>}
      {items.length === 0 && <p className="text-sm text-muted-foreground">{empty}</p>}
      <div className="grid max-h-48 gap-2 overflow-y-auto">
        {items.map((item) => (
          <div key={item.id} className="flex items-center gap-2">
            <Checkbox
              id={`pick-${item.id}`}
              checked={selected.includes(item.id)}
              onCheckedChange={(v) => toggle(item.id, v === true)}
            />
            <Label htmlFor={`pick-${item.id}`} className="font-normal">
              {item.name}
            </Label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
