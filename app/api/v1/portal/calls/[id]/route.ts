import { requireActor } from "@/lib/auth/current-actor";
import { deleteCall } from "@/lib/dal/calls/delete-call";
import { getCall } from "@/lib/dal/calls/get-call";
import { updateCallReviewStatus } from "@/lib/dal/calls/update-call-review-status";
import { apiHandler, unsupportedMethods, readJson } from "@/lib/http/api-handler";

type Params = { id: string };

export const GET = apiHandler<Params>(async (_request, { params }) => getCall(await requireActor(), (await params).id));

export const PATCH = apiHandler<Params>(async (request, { params }) =>
  updateCallReviewStatus(await requireActor(), (await params).id, await readJson(request)),
);

export const DELETE = apiHandler<Params>(async (_request, { params }) =>
  deleteCall(await requireActor(), (await params).id),
);

export const { POST, PUT } = unsupportedMethods("GET", "PATCH", "DELETE");
