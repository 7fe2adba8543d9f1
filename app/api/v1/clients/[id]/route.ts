import { requireActor } from "@/lib/auth/current-actor";
import { archiveClient } from "@/lib/dal/clients/archive-client";
import { getClient } from "@/lib/dal/clients/get-client";
import { updateClient } from "@/lib/dal/clients/update-client";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

type Params = { id: string };

export const GET = apiHandler<Params>(async (_request, { params }) =>
  getClient(await requireActor(), (await params).id),
);

export const PATCH = apiHandler<Params>(async (request, { params }) =>
  updateClient(await requireActor(), (await params).id, await readJson(request)),
);

// Archives (owners and admins): the client leaves every list and its users lose access.
export const DELETE = apiHandler<Params>(async (_request, { params }) =>
  archiveClient(await requireActor(), (await params).id),
);

export const { POST, PUT } = unsupportedMethods("GET", "PATCH", "DELETE");
