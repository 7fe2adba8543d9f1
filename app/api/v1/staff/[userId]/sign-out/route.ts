import { requireActor } from "@/lib/auth/current-actor";
import { signOutPerson } from "@/lib/dal/people/sign-out-person";
import { STAFF_TEAM } from "@/lib/dal/people/team";
import { apiHandler, methodNotAllowed } from "@/lib/http/api-handler";

export const POST = apiHandler<{ userId: string }>(async (_request, { params }) =>
  signOutPerson(await requireActor(), STAFF_TEAM, (await params).userId));

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
