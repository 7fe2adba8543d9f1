import { requireActor } from "@/lib/auth/current-actor";
import { signOutPerson } from "@/lib/dal/people/sign-out-person";
import { clientTeam } from "@/lib/dal/people/team";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

/** Sign the user out everywhere: each of its sessions is refused on its next request. */
export const POST = apiHandler<{ id: string; userId: string }>(async (_request, { params }) => {
  const { id, userId } = await params;
  return signOutPerson(await requireActor(), clientTeam(id), userId);
});

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
