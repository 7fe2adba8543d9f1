import { requireActor } from "@/lib/auth/current-actor";
import { removePerson } from "@/lib/dal/people/remove-person";
import { STAFF_TEAM } from "@/lib/dal/people/team";
import { updatePerson } from "@/lib/dal/people/update-person";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

type Params = { userId: string };

/** `{"role"?, "clientIds"?}` within SPEC §4's hierarchy. */
export const PATCH = apiHandler<Params>(async (request, { params }) =>
  updatePerson(await requireActor(), STAFF_TEAM, (await params).userId, await readJson(request)),
);

export const DELETE = apiHandler<Params>(async (_request, { params }) =>
  removePerson(await requireActor(), STAFF_TEAM, (await params).userId),
);

export const { GET, POST, PUT } = unsupportedMethods("PATCH", "DELETE");
