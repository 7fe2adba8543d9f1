import { requireActor } from "@/lib/auth/current-actor";
import { applyDefaultsToClients } from "@/lib/dal/client-defaults/apply-defaults-to-clients";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

export const POST = apiHandler(async (request) =>
  applyDefaultsToClients(await requireActor(), await readJson(request)),
);

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
