/**
 * Acme's demo voice-provider connections (SPEC §10, §13): a Retell and a Vapi connection with
 * fixed, obviously fake keys and webhook ids, and which demo agents they own. The seed stores them;
 * `npm run simulate:calls` and the end-to-end tests sign provider-shaped events with the same keys.
 * Nothing here reaches a provider: the keys exist only in this database.
 */
export const DEMO_RETELL = {
  provider: "retell" as const,
  webhookId: "demo-acme-retell-webhook-4f7c2a91",
  apiKey: "key_demo_acme_retell_00000000000000000000",
  agents: [
    { client: "Bright Dental", name: "Front Desk", externalId: "agent_demo_bright_front_desk" },
    { client: "Summit Legal", name: "Client Intake", externalId: "agent_demo_summit_client_intake" },
  ],
};

export const DEMO_VAPI = {
  provider: "vapi" as const,
  webhookId: "demo-acme-vapi-webhook-9b3e51d0",
  apiKey: "demo-acme-vapi-private-key-00000000",
  // The credential the agency would create in Vapi (HMAC, or the X-Vapi-Secret header).
  webhookSecret: "demo-acme-vapi-webhook-secret-0000000000",
  agents: [
    { client: "Bright Dental", name: "After Hours", externalId: "3f1d2c4b-0000-4000-8000-00000000b001" },
    { client: "Summit Legal", name: "After-Hours Intake", externalId: "3f1d2c4b-0000-4000-8000-00000000a002" },
  ],
};
