import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/current-actor";
import { inviteStaffMember } from "@/lib/dal/invitations/invite-staff-member";
import { listStaffInvitations } from "@/lib/dal/invitations/list-staff-invitations";
import { listParamsFrom } from "@/lib/dal/internal/list-params";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

export const GET = apiHandler(async (request) => listStaffInvitations(await requireActor(), listParamsFrom(request.url)));

/** `{"email", "role", "clientIds"?}` → 201 with the invitation (never its token). */
export const POST = apiHandler(async (request) =>
  NextResponse.json(await inviteStaffMember(await requireActor(), await readJson(request)), { status: 201 }));

export const { PUT, PATCH, DELETE } = unsupportedMethods("GET", "POST");
