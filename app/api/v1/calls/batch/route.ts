import { requireActor } from "@/lib/auth/current-actor";
import { ingestCallBatch } from "@/lib/dal/calls/ingest/ingest-call";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

// Up to 1,000 calls at once, all or none: `{"items": [{externalId, id, created}], "created", "updated"}`.
export const POST = apiHandler(async (request) => ingestCallBatch(await requireActor(), await readJson(request)));

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
