import { requireActor } from "@/lib/auth/current-actor";
import { getClientPermissions } from "@/lib/dal/clients/get-client-permissions";
import { updateClientPermissions } from "@/lib/dal/clients/update-client-permissions";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

type Params = { id: string };

export const GET = apiHandler<Params>(async (_request, { params }) => {
  const { permissions, overridden, version, defaults } = await getClientPermissions(
    await requireActor(),
    (await params).id,
  );
  return { permissions, overridden, version, defaults };
});

export const PATCH = apiHandler<Params>(async (request, { params }) =>
  updateClientPermissions(await requireActor(), (await params).id, await readJson(request)),
);

export const { POST, PUT, DELETE } = unsupportedMethods("GET", "PATCH");
