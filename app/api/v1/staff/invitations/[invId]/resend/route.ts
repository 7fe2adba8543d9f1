import { requireActor } from "@/lib/auth/current-actor";
import { resendStaffInvitation } from "@/lib/dal/invitations/resend-staff-invitation";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const POST = apiHandler<{ invId: string }>(async (_request, { params }) =>
  resendStaffInvitation(await requireActor(), (await params).invId));

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
