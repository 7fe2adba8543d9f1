import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/current-actor";
import { listParamsFrom } from "@/lib/dal/internal/list-params";
import { invitePerson } from "@/lib/dal/people/invite-person";
import { listInvitations } from "@/lib/dal/people/list-invitations";
import { clientTeam } from "@/lib/dal/people/team";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

type Params = { id: string };

export const GET = apiHandler<Params>(async (request, { params }) =>
  listInvitations(await requireActor(), clientTeam((await params).id), listParamsFrom(request.url)),
);

// 201 with the invitation (never its token), how the email went, and warnings such as an empty portal.
export const POST = apiHandler<Params>(async (request, { params }) =>
  NextResponse.json(await invitePerson(await requireActor(), clientTeam((await params).id), await readJson(request)), {
    status: 201,
  }),
);

export const { PUT, PATCH, DELETE } = unsupportedMethods("GET", "POST");
