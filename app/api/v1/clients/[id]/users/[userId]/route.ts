import { requireActor } from "@/lib/auth/current-actor";
import { removePerson } from "@/lib/dal/people/remove-person";
import { clientTeam } from "@/lib/dal/people/team";
import { updatePerson } from "@/lib/dal/people/update-person";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

type Params = { id: string; userId: string };

/** `{"role"?, "agentIds"?}`: role and/or agent assignments. */
export const PATCH = apiHandler<Params>(async (request, { params }) => {
  const { id, userId } = await params;
  return updatePerson(await requireActor(), clientTeam(id), userId, await readJson(request));
});

export const DELETE = apiHandler<Params>(async (_request, { params }) => {
  const { id, userId } = await params;
  return removePerson(await requireActor(), clientTeam(id), userId);
});

export const { GET, POST, PUT } = unsupportedMethods("PATCH", "DELETE");
