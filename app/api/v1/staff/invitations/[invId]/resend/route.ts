import { requireActor } from "@/lib/auth/current-actor";
import { resendInvitation } from "@/lib/dal/people/resend-invitation";
import { STAFF_TEAM } from "@/lib/dal/people/team";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const POST = apiHandler<{ invId: string }>(async (_request, { params }) =>
  resendInvitation(await requireActor(), STAFF_TEAM, (await params).invId),
);

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
