import { requireActor } from "@/lib/auth/current-actor";
import { getBilling } from "@/lib/dal/billing/get-billing";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const GET = apiHandler(async () => getBilling(await requireActor()));

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
