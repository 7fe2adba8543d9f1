import { requireActor } from "@/lib/auth/current-actor";
import { resendStaffInvitation } from "@/lib/dal/invitations/resend-staff-invitation";
import { apiHandler, methodNotAllowed } from "@/lib/http/api-handler";

export const POST = apiHandler<{ invId: string }>(async (_request, { params }) =>
  resendStaffInvitation(await requireActor(), (await params).invId));

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
