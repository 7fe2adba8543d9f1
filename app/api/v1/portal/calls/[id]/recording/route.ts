import { requireActor } from "@/lib/auth/current-actor";
import { openCallRecording } from "@/lib/dal/calls/open-call-recording";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";
import { recordingResponse } from "@/lib/http/recording-response";

type Params = { id: string };

// GET …/recording streams the audio with HTTP Range (play); ?download=1 asks for the download
// capability and answers an attachment.
export const GET = apiHandler<Params>(async (request, { params }) => {
  const download = new URL(request.url).searchParams.get("download") === "1";
  const recording = await openCallRecording(await requireActor(), (await params).id, {
    mode: download ? "download" : "play",
    range: request.headers.get("range"),
  });
  return recordingResponse(recording, { download });
});

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
