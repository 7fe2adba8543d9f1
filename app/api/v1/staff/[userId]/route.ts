import { requireActor } from "@/lib/auth/current-actor";
import { removeStaffMember } from "@/lib/dal/staff/remove-staff-member";
import { updateStaffMember } from "@/lib/dal/staff/update-staff-member";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

type Params = { userId: string };

/** `{"role"?, "clientIds"?}` within SPEC §4's hierarchy. */
export const PATCH = apiHandler<Params>(async (request, { params }) =>
  updateStaffMember(await requireActor(), (await params).userId, await readJson(request)));

export const DELETE = apiHandler<Params>(async (_request, { params }) =>
  removeStaffMember(await requireActor(), (await params).userId));

export const { GET, POST, PUT } = unsupportedMethods("PATCH", "DELETE");
