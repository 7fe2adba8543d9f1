"use client";

import { ChevronDown } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { PRESET_LABELS, PRESET_NAMES, type PresetName } from "@/lib/authz/catalogue";

export function PresetMenu({ onPick, disabled }: { onPick: (preset: PresetName) => void; disabled?: boolean }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" disabled={disabled}>
          Apply a preset <ChevronDown aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">
          Sets every toggle; save to keep it
        </DropdownMenuLabel>
        {PRESET_NAMES.map((p) => (
          <DropdownMenuItem key={p} onSelect={() => onPick(p)}>
            {PRESET_LABELS[p]}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
