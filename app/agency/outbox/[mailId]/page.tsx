import Link from "next/link";
import { LockKeyhole } from "lucide-react";
import { formatUtc } from "@/components/people/format";
import { LinkifiedText } from "@/components/people/linkified-text";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { getOutboxMail } from "@/lib/dal/mail/get-outbox-mail";
import { pageData } from "@/lib/pages/page-data";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Email", "settings.manage", "mailId");

export default async function OutboxMailPage({ params }: { params: Promise<{ mailId: string }> }) {
  const actor = await requireStaffActor("settings.manage");
  const { mailId } = await params;
  const mail = await pageData(getOutboxMail(actor, mailId));
  // Our own rendered HTML, shown sandboxed (no scripts, no same-origin); links open in a new tab.
  const srcDoc = mail.html
    .replace("<head>", '<head><base target="_blank">')
    .replace(/^<!doctype html>\s*<html>/i, '<!doctype html><html><head><base target="_blank"></head>');
  return (
    <div className="space-y-6">
      <Link href="/agency/outbox" className="text-sm text-muted-foreground underline-offset-4 hover:underline">
        ← Outbox
      </Link>
      <PageHeader title={mail.subject} description={`From ${mail.from} to ${mail.to} · ${formatUtc(mail.createdAt)}`} />
      {mail.link.state === "hidden" && (
        <Alert data-testid="outbox-link-hidden">
          <LockKeyhole aria-hidden />
          <AlertTitle>The link in this email is hidden</AlertTitle>
          <AlertDescription>
            {mail.link.reason} Set SMTP_URL so that such emails reach their recipients.
          </AlertDescription>
        </Alert>
      )}
      <iframe
        title="Email"
        sandbox="allow-popups allow-popups-to-escape-sandbox"
        srcDoc={srcDoc}
        className="h-[32rem] w-full rounded-md border bg-white"
      />
      <section className="space-y-2">
        <h2 className="text-sm font-medium">Text version</h2>
        <LinkifiedText text={mail.text} />
      </section>
    </div>
  );
}
