import Link from "next/link";
import { FileClock } from "lucide-react";
import { AuditEventsTable } from "@/components/console/audit/audit-events-table";
import { AuditExportButtons } from "@/components/console/audit/audit-export-buttons";
import { AuditFilters } from "@/components/console/audit/audit-filters";
import { filterQuery, type AuditFilterState } from "@/components/console/audit/format";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { listAuditClientOptions } from "@/lib/dal/audit/list-audit-client-options";
import { listAuditEvents } from "@/lib/dal/audit/list-audit-events";
import { AppError } from "@/lib/errors";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Audit log", "audit.read");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaffActor("audit.read");
  const params = await searchParams;
  const filters: AuditFilterState = {
    action: one(params.action),
    actor: one(params.actor),
    clientId: one(params.clientId),
    from: one(params.from),
    to: one(params.to),
  };
  const cursor = one(params.cursor);
  const clients = await listAuditClientOptions(actor);
  const result = await listAuditEvents(actor, { ...filters, cursor }).catch((error: unknown) => {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  });
  const filtered = Object.values(filters).some(Boolean);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Audit log"
        description="Every sign-in, access and change in your agency, hash-chained so that no entry can be edited or removed unnoticed."
        actions={<AuditExportButtons filters={filters} />}
      />
      <AuditFilters actions={AUDIT_ACTIONS} clients={clients} values={filters} />
      {"error" in result ? (
        <p
          data-testid="audit-filter-error"
          role="status"
          className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
        >
          These filters cannot be applied: {result.error}
        </p>
      ) : result.items.length === 0 ? (
        <EmptyState
          icon={FileClock}
          title={filtered || cursor ? "No events match" : "No events yet"}
          description={
            filtered
              ? "Widen the date range or clear a filter."
              : "Sign-ins, changes and data access will appear here as they happen."
          }
        />
      ) : (
        <>
          <AuditEventsTable items={result.items} />
          <nav aria-label="Pages" className="flex justify-between gap-2">
            {cursor ? (
              <Button variant="outline" asChild>
                <Link href={`/agency/audit?${filterQuery(filters)}`}>← Newest</Link>
              </Button>
            ) : (
              <span />
            )}
            {result.nextCursor && (
              <Button variant="outline" asChild>
                <Link href={`/agency/audit?${filterQuery(filters, { cursor: result.nextCursor })}`}>
                  Older events →
                </Link>
              </Button>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
