import { requireActor } from "@/lib/auth/current-actor";
import { resendInvitation } from "@/lib/dal/people/resend-invitation";
import { clientTeam } from "@/lib/dal/people/team";
import { apiHandler, methodNotAllowed } from "@/lib/http/api-handler";

export const POST = apiHandler<{ id: string; invId: string }>(async (_request, { params }) => {
  const { id, invId } = await params;
  return resendInvitation(await requireActor(), clientTeam(id), invId);
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
