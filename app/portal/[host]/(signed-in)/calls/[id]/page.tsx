import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ArrowLeft, Download } from "lucide-react";
import { CallConversation } from "@/components/portal/call-detail/call-conversation";
import { CallFacts } from "@/components/portal/call-detail/call-facts";
import { DeleteCallButton } from "@/components/portal/call-detail/delete-call-button";
import { LocalTime } from "@/components/portal/local-time";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCall } from "@/lib/dal/calls/get-call";
import { pageData } from "@/lib/pages/page-data";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";

type Props = { params: Promise<{ id: string }> };

// One read per request for the title and the page (React's cache spans both), so a call that
// does not exist gives the 404 its own title, and a transcript view is logged once.
const loadCall = cache(async (id: string) => pageData(getCall(await requirePortalActor("calls.read"), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const call = await loadCall((await params).id);
  return { title: `Call ${call.direction === "inbound" ? "from" : "to"} ${call.callerNumber}` };
}

export default async function CallPage({ params }: Props) {
  const actor = await requirePortalActor("calls.read");
  const call = await loadCall((await params).id);
  const can = actor.resolved.capabilities;
  return (
    <div className="space-y-6">
      <Button variant="ghost" size="sm" asChild className="-ml-2">
        <Link href="/calls">
          <ArrowLeft aria-hidden /> Calls
        </Link>
      </Button>
      <PageHeader
        title={`Call ${call.direction === "inbound" ? "from" : "to"} ${call.callerNumber}`}
        description={
          <>
            <LocalTime iso={call.startedAt} /> · {call.agent.name}
          </>
        }
        actions={
          <>
            {call.downloadUrl && (
              <Button variant="outline" asChild>
                <a href={call.downloadUrl} download data-testid="download-recording">
                  <Download aria-hidden /> Download
                </a>
              </Button>
            )}
            {can.has("calls.delete") && <DeleteCallButton callId={call.id} />}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          {"summary" in call && (
            <Card>
              <CardHeader>
                <CardTitle>Summary</CardTitle>
              </CardHeader>
              <CardContent>
                <p className="text-sm leading-relaxed" data-testid="call-summary">
                  {call.summary || "No summary for this call."}
                </p>
              </CardContent>
            </Card>
          )}
          <CallConversation call={call} viewerIsAdmin={actor.role === "admin"} />
        </div>
        <CallFacts call={call} canReview={can.has("calls.review")} />
      </div>
    </div>
  );
}
