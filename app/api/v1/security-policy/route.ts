import { requireActor } from "@/lib/auth/current-actor";
import { getMfaPolicy } from "@/lib/dal/mfa/get-mfa-policy";
import { setStaffMfaPolicy } from "@/lib/dal/mfa/set-mfa-policy";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

/** The agency staff's policy (SPEC §11): `{"requireMfa": bool}`. */
export const GET = apiHandler(async () => getMfaPolicy(await requireActor(), null));

export const PUT = apiHandler(async (request) => setStaffMfaPolicy(await requireActor(), await readJson(request)));

export const { POST, PATCH, DELETE } = unsupportedMethods("GET", "PUT");
