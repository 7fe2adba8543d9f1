import { requireActor } from "@/lib/auth/current-actor";
import { resendClientInvitation } from "@/lib/dal/invitations/resend-client-invitation";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const POST = apiHandler<{ id: string; invId: string }>(async (_request, { params }) => {
  const { id, invId } = await params;
  return resendClientInvitation(await requireActor(), id, invId);
});

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
