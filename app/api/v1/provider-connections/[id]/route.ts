import { requireActor } from "@/lib/auth/current-actor";
import { deleteProviderConnection } from "@/lib/dal/provider-connections/delete-provider-connection";
import { updateProviderConnection } from "@/lib/dal/provider-connections/update-provider-connection";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

type Params = { id: string };

// Rotates the key or moves the base URL (validated live again).
export const PATCH = apiHandler<Params>(async (request, { params }) =>
  updateProviderConnection(await requireActor(), (await params).id, await readJson(request)),
);

// Disconnects: the key is deleted; imported agents and their calls stay.
export const DELETE = apiHandler<Params>(async (_request, { params }) =>
  deleteProviderConnection(await requireActor(), (await params).id),
);

export const { GET, POST, PUT } = unsupportedMethods("PATCH", "DELETE");
