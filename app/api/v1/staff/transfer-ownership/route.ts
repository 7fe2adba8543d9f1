import { requireActor } from "@/lib/auth/current-actor";
import { transferOwnership } from "@/lib/dal/people/transfer-ownership";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

/** `{"userId"}`: the owner makes a colleague owner and becomes admin. */
export const POST = apiHandler(async (request) => transferOwnership(await requireActor(), await readJson(request)));

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
