import { Lock } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CallDetail } from "@/lib/dal/calls/call-dto";
import { CallPlayer } from "./call-player";
import { TranscriptLines } from "./transcript-lines";

/**
 * Recording and transcript, as far as the viewer may have them: player with a seekable
 * transcript, transcript alone, or a note saying these are not part of their access. A client
 * admin holds every portal right there is, so for them only the agency can switch details on:
 * telling them to ask their administrator would send them to themselves.
 */
export function CallConversation({ call, viewerIsAdmin }: { call: CallDetail; viewerIsAdmin: boolean }) {
  const transcript = call.transcript;
  if (!transcript) {
    return (
      <Card data-testid="call-details-unavailable">
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Lock className="size-4" aria-hidden /> Recording and transcript
          </CardTitle>
          <CardDescription>
            {viewerIsAdmin
              ? "Your agency hasn't enabled call details (recordings, transcripts and summaries) for this portal."
              : "Your access does not include recordings, transcripts or summaries. Ask your administrator if you need them."}
          </CardDescription>
        </CardHeader>
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>{call.recordingUrl ? "Recording and transcript" : "Transcript"}</CardTitle>
        {call.recordingUrl && <CardDescription>Click a line to play from there.</CardDescription>}
      </CardHeader>
      <CardContent>
        {call.recordingUrl ? (
          <CallPlayer recordingUrl={call.recordingUrl} transcript={transcript} />
        ) : (
          <TranscriptLines lines={transcript} />
        )}
      </CardContent>
    </Card>
  );
}
