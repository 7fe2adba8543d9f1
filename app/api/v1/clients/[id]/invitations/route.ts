import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/current-actor";
import { inviteClientUser } from "@/lib/dal/invitations/invite-client-user";
import { listClientInvitations } from "@/lib/dal/invitations/list-client-invitations";
import { listParamsFrom } from "@/lib/dal/internal/list-params";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

type Params = { id: string };

export const GET = apiHandler<Params>(async (request, { params }) =>
  listClientInvitations(await requireActor(), (await params).id, listParamsFrom(request.url)));

// 201 with the invitation (never its token), how the email went, and warnings such as an empty portal.
export const POST = apiHandler<Params>(async (request, { params }) =>
  NextResponse.json(await inviteClientUser(await requireActor(), (await params).id, await readJson(request)), { status: 201 }));

export const { PUT, PATCH, DELETE } = unsupportedMethods("GET", "POST");
