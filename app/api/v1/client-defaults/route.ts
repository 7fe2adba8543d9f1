import { requireActor } from "@/lib/auth/current-actor";
import { getClientDefaults } from "@/lib/dal/client-defaults/get-client-defaults";
import { updateClientDefaults } from "@/lib/dal/client-defaults/update-client-defaults";
import { apiHandler, methodNotAllowed, readJson } from "@/lib/http/api-handler";

export const GET = apiHandler(async () => {
  const { permissions, version } = await getClientDefaults(await requireActor());
  return { permissions, version };
});

export const PUT = apiHandler(async (request) => updateClientDefaults(await requireActor(), await readJson(request)));

export const POST = methodNotAllowed(["GET", "PUT"]);
export const PATCH = POST;
export const DELETE = POST;
