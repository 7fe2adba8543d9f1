import { requireActor } from "@/lib/auth/current-actor";
import { listParamsFrom } from "@/lib/dal/internal/list-params";
import { listStaff } from "@/lib/dal/staff/list-staff";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const GET = apiHandler(async (request) => listStaff(await requireActor(), listParamsFrom(request.url)));

// Staff join by invitation: POST /api/v1/staff/invitations.
export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
