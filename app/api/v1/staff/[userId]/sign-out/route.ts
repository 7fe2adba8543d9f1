import { requireActor } from "@/lib/auth/current-actor";
import { signOutStaffMember } from "@/lib/dal/staff/sign-out-staff-member";
import { apiHandler, methodNotAllowed } from "@/lib/http/api-handler";

export const POST = apiHandler<{ userId: string }>(async (_request, { params }) =>
  signOutStaffMember(await requireActor(), (await params).userId));

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
