import Link from "next/link";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PORTAL_SECTIONS } from "@/lib/portal/sections";

/** A card per section the viewer may open. */
export function SectionLinks({ sections }: { sections: (typeof PORTAL_SECTIONS)[number][] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {sections.map((s) => (
        <Link key={s.key} href={s.href} className="rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
          <Card className="h-full transition-colors hover:bg-accent/50">
            <CardHeader>
              <CardTitle>{s.label}</CardTitle>
              <CardDescription>Open {s.label.toLowerCase()}</CardDescription>
            </CardHeader>
          </Card>
        </Link>
      ))}
    </div>
  );
}
