import { requireActor } from "@/lib/auth/current-actor";
import { transferOwnership } from "@/lib/dal/staff/transfer-ownership";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

/** `{"userId"}`: the owner makes a colleague owner and becomes admin. */
export const POST = apiHandler(async (request) => transferOwnership(await requireActor(), await readJson(request)));

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
