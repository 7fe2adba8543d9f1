import { requireActor } from "@/lib/auth/current-actor";
import { removeClientUser } from "@/lib/dal/client-users/remove-client-user";
import { updateClientUser } from "@/lib/dal/client-users/update-client-user";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

type Params = { id: string; userId: string };

/** `{"role"?, "agentIds"?}`: role and/or agent assignments. */
export const PATCH = apiHandler<Params>(async (request, { params }) => {
  const { id, userId } = await params;
  return updateClientUser(await requireActor(), id, userId, await readJson(request));
});

export const DELETE = apiHandler<Params>(async (_request, { params }) => {
  const { id, userId } = await params;
  return removeClientUser(await requireActor(), id, userId);
});

export const { GET, POST, PUT } = unsupportedMethods("PATCH", "DELETE");
