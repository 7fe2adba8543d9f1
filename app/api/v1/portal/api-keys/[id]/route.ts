import { requireActor } from "@/lib/auth/current-actor";
import { requireClient } from "@/lib/authz/guards";
import { revokeApiKey } from "@/lib/dal/api-keys/revoke-api-key";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const DELETE = apiHandler<{ id: string }>(async (_request, { params }) =>
  revokeApiKey(requireClient(await requireActor(), "settings.manage", { write: true }), (await params).id),
);

export const { GET, POST, PUT, PATCH } = unsupportedMethods("DELETE");
