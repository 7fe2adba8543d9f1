import { Badge } from "@/components/ui/badge";
import type { PermissionSection } from "@/lib/authz/catalogue";

/** The compact row of portal sections a client has switched on. */
export function SectionBadges({ sections }: { sections: PermissionSection[] }) {
  if (sections.length === 0) {
    return (
      <Badge variant="outline" className="text-muted-foreground">
        Hands-off
      </Badge>
    );
  }
  return (
    <div className="flex flex-wrap gap-1" aria-label="Enabled sections">
      {sections.map((s) => (
        <Badge key={s} variant="secondary">
          {s}
        </Badge>
      ))}
    </div>
  );
}
