import { requireActor } from "@/lib/auth/current-actor";
import { applyDefaultsToClients } from "@/lib/dal/client-defaults/apply-defaults-to-clients";
import { apiHandler, methodNotAllowed, readJson } from "@/lib/http/api-handler";

export const POST = apiHandler(async (request) => applyDefaultsToClients(await requireActor(), await readJson(request)));

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
