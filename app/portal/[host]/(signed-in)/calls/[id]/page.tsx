import Link from "next/link";
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
import { portalPageTitle } from "@/lib/pages/gated-title";

// A fixed title: generating it from the call would read the call (and log a transcript view) twice.
export const generateMetadata = portalPageTitle("Call", "calls.read", "id");

export default async function CallPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("calls.read");
  const call = await pageData(getCall(actor, (await params).id));
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
