import Link from "next/link";
import { History } from "lucide-react";
import { AccessLogTable } from "@/components/portal/access-log-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listClientAccessLog } from "@/lib/dal/audit/list-client-access-log";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";
import { portalPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = portalPageTitle("Access log", "access_log.read");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccessLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePortalActor("access_log.read");
  const raw = (await searchParams).cursor;
  const cursor = (Array.isArray(raw) ? raw[0] : raw) || undefined;
  const { items, nextCursor } = await listClientAccessLog(actor, {
    cursor: cursor && /^\d+$/.test(cursor) ? cursor : undefined,
  });
  return (
    <div className="space-y-6">
      <PageHeader
        title="Access log"
        description={`Who read transcripts, played or downloaded recordings of ${actor.clientName}'s calls — your team and ${actor.agencyName}'s staff.`}
      />
      {items.length === 0 ? (
        <EmptyState
          icon={History}
          title={cursor ? "No older entries" : "No one has opened a call yet"}
          description="When someone reads a transcript, plays or downloads a recording, it is listed here with the time and the call."
        />
      ) : (
        <>
          <AccessLogTable items={items} agencyName={actor.agencyName} />
          <nav aria-label="Pages" className="flex justify-between gap-2">
            {cursor ? (
              <Button variant="outline" asChild>
                <Link href="/access-log">← Newest</Link>
              </Button>
            ) : (
              <span />
            )}
            {nextCursor && (
              <Button variant="outline" asChild>
                <Link href={`/access-log?cursor=${nextCursor}`}>Older entries →</Link>
              </Button>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
