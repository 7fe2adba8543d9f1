import { requireActor } from "@/lib/auth/current-actor";
import { resetPersonMfa } from "@/lib/dal/mfa/reset-person-mfa";
import { STAFF_TEAM } from "@/lib/dal/people/team";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

/** Resets a staff member's second factors and recovery codes (a lost device). */
export const DELETE = apiHandler<{ userId: string }>(async (_request, { params }) =>
  resetPersonMfa(await requireActor(), STAFF_TEAM, (await params).userId),
);

export const { GET, POST, PUT, PATCH } = unsupportedMethods("DELETE");
