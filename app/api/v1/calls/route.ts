import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/current-actor";
import { ingestCall } from "@/lib/dal/calls/ingest/ingest-call";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

// Generic call ingestion (SPEC §13): 201 for a new call, 200 when its externalId was known.
export const POST = apiHandler(async (request) => {
  const result = await ingestCall(await requireActor(), await readJson(request, { maxBytes: 2 * 1024 * 1024 }));
  return NextResponse.json(result, { status: result.created ? 201 : 200 });
});

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
