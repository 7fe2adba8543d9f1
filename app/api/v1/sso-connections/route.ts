import { requireActor } from "@/lib/auth/current-actor";
import { createSsoConnection } from "@/lib/dal/sso/create-sso-connection";
import { listSsoConnections } from "@/lib/dal/sso/list-sso-connections";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

// ?clientId= narrows to one client's connections; ?clientId= (empty) to the staff's own.
export const GET = apiHandler(async (request) => {
  const clientId = new URL(request.url).searchParams.get("clientId");
  return listSsoConnections(await requireActor(), clientId === null ? {} : { clientId });
});

export const POST = apiHandler(async (request) => {
  const created = await createSsoConnection(await requireActor(), await readJson(request));
  return Response.json(created, { status: 201 });
});

export const { PUT, PATCH, DELETE } = unsupportedMethods("GET", "POST");
