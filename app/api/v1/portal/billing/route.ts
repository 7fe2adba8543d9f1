import { requireActor } from "@/lib/auth/current-actor";
import { getBilling } from "@/lib/dal/billing/get-billing";
import { apiHandler, methodNotAllowed } from "@/lib/http/api-handler";

export const GET = apiHandler(async () => getBilling(await requireActor()));

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
