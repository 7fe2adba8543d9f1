import { requireActor } from "@/lib/auth/current-actor";
import { listParamsFrom } from "@/lib/dal/internal/list-params";
import { listPeople } from "@/lib/dal/people/list-people";
import { STAFF_TEAM } from "@/lib/dal/people/team";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const GET = apiHandler(async (request) =>
  listPeople(await requireActor(), STAFF_TEAM, listParamsFrom(request.url)),
);

// Staff join by invitation: POST /api/v1/staff/invitations.
export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
