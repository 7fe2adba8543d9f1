import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/current-actor";
import { connectIntegration } from "@/lib/dal/integrations/connect-integration";
import { listIntegrations } from "@/lib/dal/integrations/list-integrations";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

export const GET = apiHandler(async () => ({ items: await listIntegrations(await requireActor()), nextCursor: null }));

/** `{"provider", "name"?, "config", "secret"?}`; a webhook's answer carries `signingSecret` this once. */
export const POST = apiHandler(async (request) =>
  NextResponse.json(await connectIntegration(await requireActor(), await readJson(request)), {
    status: 201,
    headers: { "Cache-Control": "no-store" },
  }),
);

export const { PUT, PATCH, DELETE } = unsupportedMethods("GET", "POST");
