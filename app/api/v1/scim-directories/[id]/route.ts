import { requireActor } from "@/lib/auth/current-actor";
import { deleteScimDirectory } from "@/lib/dal/scim-directories/delete-scim-directory";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const DELETE = apiHandler<{ id: string }>(async (_request, { params }) =>
  deleteScimDirectory(await requireActor(), (await params).id),
);

export const { GET, POST, PUT, PATCH } = unsupportedMethods("DELETE");
