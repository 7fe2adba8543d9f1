import { requireActor } from "@/lib/auth/current-actor";
import { getClientSettings } from "@/lib/dal/client-settings/get-client-settings";
import { updateClientSettings } from "@/lib/dal/client-settings/update-client-settings";
import { apiHandler, methodNotAllowed, readJson } from "@/lib/http/api-handler";

/** The client's own settings (its admin): `{"timeZone": IANA name | null}`. */
export const GET = apiHandler(async () => getClientSettings(await requireActor()));

export const PATCH = apiHandler(async (request) => updateClientSettings(await requireActor(), await readJson(request)));

export const POST = methodNotAllowed(["GET", "PATCH"]);
export const PUT = POST;
export const DELETE = POST;
