import { requireActor } from "@/lib/auth/current-actor";
import { deleteSsoConnection } from "@/lib/dal/sso/delete-sso-connection";
import { getSsoConnection } from "@/lib/dal/sso/get-sso-connection";
import { updateSsoConnection } from "@/lib/dal/sso/update-sso-connection";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

type Params = { id: string };

export const GET = apiHandler<Params>(async (_request, { params }) =>
  getSsoConnection(await requireActor(), (await params).id),
);

export const PATCH = apiHandler<Params>(async (request, { params }) =>
  updateSsoConnection(await requireActor(), (await params).id, await readJson(request)),
);

export const DELETE = apiHandler<Params>(async (_request, { params }) =>
  deleteSsoConnection(await requireActor(), (await params).id),
);

export const { POST, PUT } = unsupportedMethods("GET", "PATCH", "DELETE");
