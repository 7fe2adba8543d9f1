import { requireActor } from "@/lib/auth/current-actor";
import { getClientSettings } from "@/lib/dal/client-settings/get-client-settings";
import { updateClientSettings } from "@/lib/dal/client-settings/update-client-settings";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

/** The client's own settings (its admin): `{"timeZone": IANA name | null}`. */
export const GET = apiHandler(async () => getClientSettings(await requireActor()));

export const PATCH = apiHandler(async (request) => updateClientSettings(await requireActor(), await readJson(request)));

export const { POST, PUT, DELETE } = unsupportedMethods("GET", "PATCH");
