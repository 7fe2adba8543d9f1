import type { ActionResult } from "@/lib/actions/run-action";
import type { WebhookTestResult } from "@/lib/dal/integrations/send-webhook-test-event";

type Saved = { id: string; name: string; signingSecret?: string };

/** The server actions the integrations board calls, handed down by the page. */
export type IntegrationActions = {
  connect: (input: unknown) => Promise<ActionResult<Saved>>;
  update: (id: string, input: unknown) => Promise<ActionResult<Saved>>;
  disconnect: (id: string) => Promise<ActionResult<{ id: string }>>;
  test: (id: string) => Promise<ActionResult<WebhookTestResult>>;
};
