import { requireActor } from "@/lib/auth/current-actor";
import { listParamsFrom } from "@/lib/dal/internal/list-params";
import { listPeople } from "@/lib/dal/people/list-people";
import { clientTeam } from "@/lib/dal/people/team";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const GET = apiHandler<{ id: string }>(async (request, { params }) =>
  listPeople(await requireActor(), clientTeam((await params).id), listParamsFrom(request.url)),
);

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
