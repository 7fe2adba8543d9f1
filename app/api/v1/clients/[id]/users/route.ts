import { requireActor } from "@/lib/auth/current-actor";
import { listClientUsers } from "@/lib/dal/client-users/list-client-users";
import { listParamsFrom } from "@/lib/dal/internal/list-params";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const GET = apiHandler<{ id: string }>(async (request, { params }) =>
  listClientUsers(await requireActor(), (await params).id, listParamsFrom(request.url)));

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
