import { requireActor } from "@/lib/auth/current-actor";
import { resetPersonMfa } from "@/lib/dal/mfa/reset-person-mfa";
import { clientTeam } from "@/lib/dal/people/team";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

/** Resets the user's second factors and recovery codes (a lost device). */
export const DELETE = apiHandler<{ id: string; userId: string }>(async (_request, { params }) => {
  const { id, userId } = await params;
  return resetPersonMfa(await requireActor(), clientTeam(id), userId);
});

export const { GET, POST, PUT, PATCH } = unsupportedMethods("DELETE");
