import { requireActor } from "@/lib/auth/current-actor";
import { getInvoice } from "@/lib/dal/billing/get-invoice";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const GET = apiHandler<{ id: string }>(async (_request, { params }) =>
  getInvoice(await requireActor(), (await params).id),
);

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
