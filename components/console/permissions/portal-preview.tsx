"use client";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ClientRole } from "@/lib/authz/client-roles";
import type { PermissionSet } from "@/lib/authz/permission-keys";
import { sectionsFor } from "@/lib/portal/sections-for";

const VIEWERS: { role: ClientRole; title: string; hint: string }[] = [
  { role: "admin", title: "Client admin", hint: "sees the most" },
  { role: "agent", title: "Agent role", hint: "the least-privileged user" },
];

/** The portal navigation the client's users would get with these toggles — live, unsaved edits included. */
export function PortalPreview({
  values,
  clientAdminsManageUsers,
}: {
  values: PermissionSet;
  clientAdminsManageUsers: boolean;
}) {
  return (
    <Card className="gap-4 py-4" data-testid="portal-preview">
      <CardHeader className="px-4">
        <CardTitle className="text-base">Portal preview</CardTitle>
        <CardDescription>The navigation the client&apos;s users would see.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 px-4">
        {VIEWERS.map((v) => {
          const sections = sectionsFor({ toggles: values, role: v.role, clientAdminsManageUsers });
          return (
            <div key={v.role} className="grid gap-2" data-testid={`preview-${v.role}`}>
              <p className="text-sm font-medium">
                {v.title} <span className="font-normal text-muted-foreground">— {v.hint}</span>
              </p>
              {sections.length === 0 ? (
                <p className="rounded-md border border-dashed px-3 py-2 text-sm text-muted-foreground">
                  Nothing enabled yet — only a &ldquo;contact your agency&rdquo; page.
                </p>
              ) : (
                <ul
                  className="grid gap-1 rounded-md border bg-muted/30 p-2 text-sm"
                  aria-label={`${v.title} navigation`}
                >
                  <li className="rounded px-2 py-1 text-muted-foreground">Overview</li>
                  {sections.map((s) => (
                    <li key={s.key} className="rounded px-2 py-1">
                      {s.label}
                      {s.abilities.length > 0 && (
                        <span className="block text-xs text-muted-foreground">{s.abilities.join(" · ")}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </CardContent>
    </Card>
  );
}
