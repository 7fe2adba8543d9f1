import { requireActor } from "@/lib/auth/current-actor";
import { revokeInvitation } from "@/lib/dal/people/revoke-invitation";
import { STAFF_TEAM } from "@/lib/dal/people/team";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const DELETE = apiHandler<{ invId: string }>(async (_request, { params }) =>
  revokeInvitation(await requireActor(), STAFF_TEAM, (await params).invId),
);

export const { GET, POST, PUT, PATCH } = unsupportedMethods("DELETE");
