import { requireActor } from "@/lib/auth/current-actor";
import { getClientDefaults } from "@/lib/dal/client-defaults/get-client-defaults";
import { updateClientDefaults } from "@/lib/dal/client-defaults/update-client-defaults";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

export const GET = apiHandler(async () => {
  const { permissions, version } = await getClientDefaults(await requireActor());
  return { permissions, version };
});

export const PUT = apiHandler(async (request) => updateClientDefaults(await requireActor(), await readJson(request)));

export const { POST, PATCH, DELETE } = unsupportedMethods("GET", "PUT");
