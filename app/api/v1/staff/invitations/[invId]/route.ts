import { requireActor } from "@/lib/auth/current-actor";
import { revokeStaffInvitation } from "@/lib/dal/invitations/revoke-staff-invitation";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const DELETE = apiHandler<{ invId: string }>(async (_request, { params }) =>
  revokeStaffInvitation(await requireActor(), (await params).invId));

export const { GET, POST, PUT, PATCH } = unsupportedMethods("DELETE");
