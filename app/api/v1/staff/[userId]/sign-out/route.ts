import { requireActor } from "@/lib/auth/current-actor";
import { signOutStaffMember } from "@/lib/dal/staff/sign-out-staff-member";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const POST = apiHandler<{ userId: string }>(async (_request, { params }) =>
  signOutStaffMember(await requireActor(), (await params).userId));

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
