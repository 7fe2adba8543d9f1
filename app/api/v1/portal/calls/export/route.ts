import { requireActor } from "@/lib/auth/current-actor";
import { streamCallsCsv } from "@/lib/dal/calls/stream-calls-csv";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";
import { queryOf } from "@/lib/http/search-params";
import { textStream } from "@/lib/http/text-stream";

// GET /api/v1/portal/calls/export?<the list's filters> — CSV, streamed batch by batch.
export const GET = apiHandler(async (request) => {
  const { chunks, fileName } = await streamCallsCsv(await requireActor(), queryOf(request));
  return new Response(textStream(chunks), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
