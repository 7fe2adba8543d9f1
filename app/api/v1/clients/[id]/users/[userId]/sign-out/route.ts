import { requireActor } from "@/lib/auth/current-actor";
import { signOutClientUser } from "@/lib/dal/client-users/sign-out-client-user";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

/** Sign the user out everywhere: each of its sessions is refused on its next request. */
export const POST = apiHandler<{ id: string; userId: string }>(async (_request, { params }) => {
  const { id, userId } = await params;
  return signOutClientUser(await requireActor(), id, userId);
});

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
