import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CallTable } from "@/components/portal/calls/call-table";
import { PortalNav } from "@/components/portal/portal-nav";
import { AppShell } from "@/components/shell/app-shell";
import { UserMenu } from "@/components/shell/user-menu";
import { PageHeader } from "@/components/ui/page-header";
import type { CallListItem } from "@/lib/dal/calls/call-dto";
import { CALL_PAGE_SIZE } from "@/lib/portal/call-list-params";
import { PORTAL_SECTIONS } from "@/lib/portal/sections";

export const metadata: Metadata = { title: "Calls", robots: { index: false } };

const AGENTS = ["Front Desk", "Scheduling", "After Hours", "Reminders"];
const STATUSES = [
  "completed",
  "completed",
  "completed",
  "missed",
  "voicemail",
  "completed",
  "failed",
  "completed",
] as const;
const OUTCOMES = ["booked", "message_taken", "transferred", "hung_up", null] as const;
const REVIEW = ["new", "reviewed", "follow_up", "done"] as const;

// One page of calls (as many rows as the portal's page), built once per process: no I/O at all.
const CALLS: CallListItem[] = Array.from({ length: CALL_PAGE_SIZE }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  startedAt: new Date(Date.UTC(2026, 4, 20, 17, 0) - i * 731_000).toISOString(),
  callerNumber: `+1415555${String(1000 + i * 37).slice(-4)}`,
  direction: i % 5 === 0 ? "outbound" : "inbound",
  agent: {
    id: `00000000-0000-4000-9000-${String(i % AGENTS.length).padStart(12, "0")}`,
    name: AGENTS[i % AGENTS.length],
  },
  durationSeconds: (i * 53) % 420,
  status: STATUSES[i % STATUSES.length],
  outcome: OUTCOMES[i % OUTCOMES.length],
  reviewStatus: REVIEW[i % REVIEW.length],
}));

/**
 * The benchmark's in-memory baseline (`npm run bench`): the calls page's shell and the very table
 * component it renders, with no session, no authorisation and no database. It exists only on a
 * server started with BENCH_BASELINE=1; everywhere else it is a 404 like any unknown path.
 */
export default async function BenchBaselinePage() {
  // Rendered per request like the portal pages (never prerendered at build time), and the
  // environment is read at run time.
  await connection();
  if (process.env.BENCH_BASELINE !== "1") notFound();
  return (
    <AppShell
      logo={<span className="font-semibold">Bench Voice</span>}
      nav={<PortalNav sections={PORTAL_SECTIONS} />}
      userMenu={<UserMenu name="Bench Admin" email="bench-admin@bench.test" role="admin" />}
    >
      <div className="space-y-6">
        <PageHeader title="Calls" description="Every call your AI agents handled, newest first." />
        <div className="rounded-xl border">
          <CallTable calls={CALLS} canReview />
        </div>
      </div>
    </AppShell>
  );
}
