import { requireActor } from "@/lib/auth/current-actor";
import { getMfaPolicy } from "@/lib/dal/mfa/get-mfa-policy";
import { setClientMfaPolicy } from "@/lib/dal/mfa/set-mfa-policy";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

/** One client's users' policy (SPEC §11): `{"requireMfa": bool}`. */
export const GET = apiHandler<{ id: string }>(async (_request, { params }) =>
  getMfaPolicy(await requireActor(), (await params).id),
);

export const PUT = apiHandler<{ id: string }>(async (request, { params }) =>
  setClientMfaPolicy(await requireActor(), (await params).id, await readJson(request)),
);

export const { POST, PATCH, DELETE } = unsupportedMethods("GET", "PUT");
