import { requireActor } from "@/lib/auth/current-actor";
import { revokeInvitation } from "@/lib/dal/people/revoke-invitation";
import { clientTeam } from "@/lib/dal/people/team";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const DELETE = apiHandler<{ id: string; invId: string }>(async (_request, { params }) => {
  const { id, invId } = await params;
  return revokeInvitation(await requireActor(), clientTeam(id), invId);
});

export const { GET, POST, PUT, PATCH } = unsupportedMethods("DELETE");
