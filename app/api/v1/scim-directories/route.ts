import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/current-actor";
import { createScimDirectory } from "@/lib/dal/scim-directories/create-scim-directory";
import { getScimDirectory } from "@/lib/dal/scim-directories/get-scim-directory";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

// GET ?clientId= (absent: the staff directory) → {"items": [directory]} (one per tenant, never the token).
export const GET = apiHandler(async (request) => {
  const clientId = new URL(request.url).searchParams.get("clientId");
  const dir = await getScimDirectory(await requireActor(), clientId);
  return { items: dir ? [dir] : [], nextCursor: null };
});

export const POST = apiHandler(async (request) =>
  NextResponse.json(await createScimDirectory(await requireActor(), await readJson(request)), { status: 201 }),
);

export const { PUT, PATCH, DELETE } = unsupportedMethods("GET", "POST");
