import { requireActor } from "@/lib/auth/current-actor";
import { resendInvitation } from "@/lib/dal/people/resend-invitation";
import { clientTeam } from "@/lib/dal/people/team";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const POST = apiHandler<{ id: string; invId: string }>(async (_request, { params }) => {
  const { id, invId } = await params;
  return resendInvitation(await requireActor(), clientTeam(id), invId);
});

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
