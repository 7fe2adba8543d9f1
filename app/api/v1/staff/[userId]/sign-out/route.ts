import { requireActor } from "@/lib/auth/current-actor";
import { signOutPerson } from "@/lib/dal/people/sign-out-person";
import { STAFF_TEAM } from "@/lib/dal/people/team";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const POST = apiHandler<{ userId: string }>(async (_request, { params }) =>
  signOutPerson(await requireActor(), STAFF_TEAM, (await params).userId),
);

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
