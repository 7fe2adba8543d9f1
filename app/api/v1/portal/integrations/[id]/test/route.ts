import { requireActor } from "@/lib/auth/current-actor";
import { sendWebhookTestEvent } from "@/lib/dal/integrations/send-webhook-test-event";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

/** Sends a signed test event; the answer says whether the endpoint took it. */
export const POST = apiHandler<{ id: string }>(async (_request, { params }) =>
  sendWebhookTestEvent(await requireActor(), (await params).id),
);

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
