import { requireActor } from "@/lib/auth/current-actor";
import { revokeClientInvitation } from "@/lib/dal/invitations/revoke-client-invitation";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const DELETE = apiHandler<{ id: string; invId: string }>(async (_request, { params }) => {
  const { id, invId } = await params;
  return revokeClientInvitation(await requireActor(), id, invId);
});

export const { GET, POST, PUT, PATCH } = unsupportedMethods("DELETE");
