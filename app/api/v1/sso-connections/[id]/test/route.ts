import { requireActor } from "@/lib/auth/current-actor";
import { startSsoTest } from "@/lib/dal/sso/start-sso-test";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

type Params = { id: string };

// Starts a "Test sign-in": the answer's testUrl runs the real flow on the connection's host.
export const POST = apiHandler<Params>(async (_request, { params }) =>
  startSsoTest(await requireActor(), (await params).id),
);

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
