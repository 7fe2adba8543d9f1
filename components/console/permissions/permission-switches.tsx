"use client";

import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { PERMISSION_SECTIONS, PERMISSIONS } from "@/lib/authz/catalogue";
import { PERMISSION_KEYS, type PermissionKey, type PermissionSet } from "@/lib/authz/permission-keys";

/** The eight toggles, grouped by portal section, each with what it grants. */
export function PermissionSwitches({
  values,
  disabled,
  onToggle,
  aside,
  idPrefix,
}: {
  values: PermissionSet;
  disabled: boolean;
  onToggle: (key: PermissionKey, value: boolean) => void;
  /** Per-toggle marker and actions, e.g. "Agency default" / "Overridden" and reset. */
  aside?: (key: PermissionKey) => ReactNode;
  idPrefix: string;
}) {
  return (
    <div className="grid gap-4">
      {PERMISSION_SECTIONS.map((section) => (
        <Card key={section} className="gap-3 py-4">
          <CardHeader className="px-4">
            <CardTitle className="text-base">{section}</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4 px-4">
            {PERMISSION_KEYS.filter((k) => PERMISSIONS[k].section === section).map((key) => {
              const p = PERMISSIONS[key];
              const id = `${idPrefix}-${key}`;
              return (
                <div key={key} className="flex items-start justify-between gap-4" data-testid={`toggle-${key}`}>
                  <div className="grid gap-1">
                    <Label htmlFor={id}>{p.label}</Label>
                    <p id={`${id}-desc`} className="text-sm text-muted-foreground">
                      {p.description}
                      {p.requires && <span className="block text-xs">Needs {PERMISSIONS[p.requires].label}.</span>}
                    </p>
                    {aside && <div className="flex flex-wrap items-center gap-2">{aside(key)}</div>}
                  </div>
                  <Switch
                    id={id}
                    checked={values[key]}
                    disabled={disabled}
                    aria-describedby={`${id}-desc`}
                    onCheckedChange={(on) => onToggle(key, on)}
                  />
                </div>
              );
            })}
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
