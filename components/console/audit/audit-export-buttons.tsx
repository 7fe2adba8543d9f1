import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { filterQuery, type AuditFilterState } from "./format";

/** Plain download links: the browser streams the file straight from the export route. */
export function AuditExportButtons({ filters }: { filters: AuditFilterState }) {
  return (
    <>
      {(["csv", "jsonl"] as const).map((format) => (
        <Button key={format} variant="outline" asChild>
          <a href={`/api/v1/audit-events/export?${filterQuery(filters, { format })}`} download>
            <Download aria-hidden /> Export {format === "csv" ? "CSV" : "JSON Lines"}
          </a>
        </Button>
      ))}
    </>
  );
}
