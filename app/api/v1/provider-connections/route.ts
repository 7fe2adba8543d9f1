import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/current-actor";
import { createProviderConnection } from "@/lib/dal/provider-connections/create-provider-connection";
import { listProviderConnections } from "@/lib/dal/provider-connections/list-provider-connections";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

export const GET = apiHandler(async () => listProviderConnections(await requireActor()));

export const POST = apiHandler(async (request) => {
  const created = await createProviderConnection(await requireActor(), await readJson(request));
  return NextResponse.json(created, {
    status: 201,
    headers: { Location: `/api/v1/provider-connections/${created.id}` },
  });
});

export const { PUT, PATCH, DELETE } = unsupportedMethods("GET", "POST");
