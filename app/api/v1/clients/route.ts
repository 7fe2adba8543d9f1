import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/current-actor";
import { createClient } from "@/lib/dal/clients/create-client";
import { listClients } from "@/lib/dal/clients/list-clients";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

export const GET = apiHandler(async (request) => {
  const params = new URL(request.url).searchParams;
  return listClients(await requireActor(), {
    q: params.get("q") ?? undefined,
    cursor: params.get("cursor") || undefined,
    limit: params.get("limit") ?? undefined,
  });
});

export const POST = apiHandler(async (request) => {
  const created = await createClient(await requireActor(), await readJson(request));
  return NextResponse.json(created, { status: 201, headers: { Location: `/api/v1/clients/${created.id}` } });
});

export const { PUT, PATCH, DELETE } = unsupportedMethods("GET", "POST");
