export type TestConnections = {
  retell: { connectionId: string; webhookId: string; apiKey: string; agentExternalId: string };
  vapi: { connectionId: string; webhookId: string; webhookSecret: string; agentExternalId: string };
};

/** Acme's Retell and Vapi test connections, each with one of Summit Legal's agents linked. */
export async function setUpTestConnections(): Promise<TestConnections> {
  throw new Error("provider connections are not in this build yet");
}
