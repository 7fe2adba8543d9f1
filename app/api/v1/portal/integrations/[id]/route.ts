import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/current-actor";
import { disconnectIntegration } from "@/lib/dal/integrations/disconnect-integration";
import { updateIntegration } from "@/lib/dal/integrations/update-integration";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

type Params = { id: string };

/** `{"name"?, "config"?, "secret"?, "rotateSecret"?: true}`. */
export const PATCH = apiHandler<Params>(async (request, { params }) =>
  NextResponse.json(await updateIntegration(await requireActor(), (await params).id, await readJson(request)), {
    headers: { "Cache-Control": "no-store" },
  }),
);

export const DELETE = apiHandler<Params>(async (_request, { params }) => {
  await disconnectIntegration(await requireActor(), (await params).id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT } = unsupportedMethods("PATCH", "DELETE");
