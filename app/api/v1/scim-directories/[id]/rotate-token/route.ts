import { requireActor } from "@/lib/auth/current-actor";
import { rotateScimToken } from "@/lib/dal/scim-directories/rotate-scim-token";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const POST = apiHandler<{ id: string }>(async (_request, { params }) =>
  rotateScimToken(await requireActor(), (await params).id),
);

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
