import { requireActor } from "@/lib/auth/current-actor";
import { streamAuditExport } from "@/lib/dal/audit/stream-audit-export";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

// GET /api/v1/audit-events/export?format=csv|jsonl&…the list's filters: streamed, never buffered.
export const GET = apiHandler(async (request) => {
  const actor = await requireActor();
  const { body, contentType, filename } = await streamAuditExport(
    actor,
    Object.fromEntries(new URL(request.url).searchParams),
  );
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
