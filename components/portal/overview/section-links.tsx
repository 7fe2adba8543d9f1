import type { ReactNode } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PORTAL_SECTIONS, PortalSectionKey } from "@/lib/portal/sections";

/**
 * A card per section the viewer may open. A section with a summary (agent health, integration
 * alerts, the next invoice) shows it with an "Open" link; the rest are one link each. The summary
 * card is not itself a link, so the links inside it (an agent's page) are not nested in another.
 */
export function SectionLinks({
  sections,
  summaries = {},
}: {
  sections: (typeof PORTAL_SECTIONS)[number][];
  summaries?: Partial<Record<PortalSectionKey, ReactNode>>;
}) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {sections.map((s) =>
        summaries[s.key] ? (
          <Card key={s.key} className="h-full" data-testid={`overview-section-${s.key}`}>
            <CardHeader>
              <CardTitle>{s.label}</CardTitle>
              <CardAction>
                <Button variant="ghost" size="sm" asChild>
                  <Link href={s.href}>Open {s.label.toLowerCase()}</Link>
                </Button>
              </CardAction>
            </CardHeader>
            <CardContent>{summaries[s.key]}</CardContent>
          </Card>
        ) : (
          <Link
            key={s.key}
            href={s.href}
            className="rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <Card className="h-full transition-colors hover:bg-accent/50">
              <CardHeader>
                <CardTitle>{s.label}</CardTitle>
                <CardDescription>Open {s.label.toLowerCase()}</CardDescription>
              </CardHeader>
            </Card>
          </Link>
        ),
      )}
    </div>
  );
}
