import { requireActor } from "@/lib/auth/current-actor";
import { transferOwnership } from "@/lib/dal/people/transfer-ownership";
import { apiHandler, methodNotAllowed, readJson } from "@/lib/http/api-handler";

/** `{"userId"}`: the owner makes a colleague owner and becomes admin. */
export const POST = apiHandler(async (request) => transferOwnership(await requireActor(), await readJson(request)));

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
