import Link from "next/link";
import { LockKeyhole, Mail } from "lucide-react";
import { formatUtc } from "@/components/people/format";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { getConfig } from "@/lib/config";
import { listOutbox } from "@/lib/dal/mail/list-outbox";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Email outbox", "settings.manage");

/** Development outbox: without SMTP_URL, emails land here instead of an inbox. */
export default async function OutboxPage() {
  const actor = await requireStaffActor("settings.manage");
  const outbox = await listOutbox(actor, { limit: 100 });
  return (
    <div className="space-y-6">
      <PageHeader
        title="Email outbox"
        description={
          getConfig().smtpUrl
            ? "SMTP_URL is set: new emails go out by SMTP. Older ones kept here are shown below."
            : "SMTP_URL is not set, so emails your agency sends are kept here instead of being delivered. A link that opens someone else's account (a password reset, an invitation to a role you cannot grant) is hidden."
        }
      />
      {outbox.items.length === 0 ? (
        <EmptyState
          icon={Mail}
          title="No emails yet"
          description="Invite someone or ask for a password reset; the email appears here."
        />
      ) : (
        <Table data-testid="outbox-table">
          <TableHeader>
            <TableRow>
              <TableHead>Subject</TableHead>
              <TableHead>To</TableHead>
              <TableHead>Link</TableHead>
              <TableHead>Time</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {outbox.items.map((m) => (
              <TableRow key={m.id}>
                <TableCell>
                  <Link href={`/agency/outbox/${m.id}`} className="font-medium underline-offset-4 hover:underline">
                    {m.subject}
                  </Link>
                </TableCell>
                <TableCell>{m.to}</TableCell>
                <TableCell>
                  {m.link.state === "hidden" ? (
                    <span className="inline-flex items-center gap-1 text-muted-foreground" title={m.link.reason}>
                      <LockKeyhole className="size-3.5" aria-hidden /> Hidden
                    </span>
                  ) : m.link.state === "visible" ? (
                    "Shown"
                  ) : (
                    "—"
                  )}
                </TableCell>
                <TableCell>{formatUtc(m.createdAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
