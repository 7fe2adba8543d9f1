import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/current-actor";
import { listParamsFrom } from "@/lib/dal/internal/list-params";
import { invitePerson } from "@/lib/dal/people/invite-person";
import { listInvitations } from "@/lib/dal/people/list-invitations";
import { STAFF_TEAM } from "@/lib/dal/people/team";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

export const GET = apiHandler(async (request) =>
  listInvitations(await requireActor(), STAFF_TEAM, listParamsFrom(request.url)),
);

/** `{"email", "role", "clientIds"?}` → 201 with the invitation (never its token). */
export const POST = apiHandler(async (request) =>
  NextResponse.json(await invitePerson(await requireActor(), STAFF_TEAM, await readJson(request)), { status: 201 }),
);

export const { PUT, PATCH, DELETE } = unsupportedMethods("GET", "POST");
