import { requireActor } from "@/lib/auth/current-actor";
import { ingestCallBatch } from "@/lib/dal/calls/ingest/ingest-call";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

// Up to 1,000 calls at once, all or none: `{"items": [{externalId, id, created}], "created", "updated"}`.
// At most 32 MB: a thousand calls with long transcripts, never more held in memory.
export const POST = apiHandler(async (request) =>
  ingestCallBatch(await requireActor(), await readJson(request, { maxBytes: 32 * 1024 * 1024 })),
);

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
