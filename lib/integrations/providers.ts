export type IntegrationKind = "crm" | "calendar" | "webhook";

export type ProviderField = {
  key: string;
  label: string;
  required?: boolean;
  placeholder?: string;
  type?: "text" | "toggle";
};

export type Provider = {
  id: string;
  kind: IntegrationKind;
  label: string;
  /** Non-secret settings, stored as they are and shown back. */
  fields: ProviderField[];
  /** The credential a person pastes (stored encrypted); null for webhooks, whose secret we generate. */
  secretLabel: string | null;
};

export const WEBHOOK_EVENTS = [
  { id: "call.completed", label: "A call ended" },
  { id: "call.missed", label: "A call was missed" },
  { id: "booking.created", label: "An appointment was booked" },
  { id: "message.taken", label: "A message was taken" },
] as const;

/** The integrations a client can connect, and what each needs. */
export const PROVIDERS: Provider[] = [
  {
    id: "hubspot",
    kind: "crm",
    label: "HubSpot",
    secretLabel: "Private app access token",
    fields: [
      { key: "portalId", label: "Portal ID", required: true, placeholder: "48213377" },
      { key: "pipeline", label: "Pipeline", placeholder: "New patients" },
      { key: "syncCalls", label: "Log every call on the contact", type: "toggle" },
    ],
  },
  {
    id: "salesforce",
    kind: "crm",
    label: "Salesforce",
    secretLabel: "Access token",
    fields: [
      { key: "instance", label: "Instance host", required: true, placeholder: "yourcompany.my.salesforce.com" },
      { key: "object", label: "Create records as", placeholder: "Lead" },
    ],
  },
  {
    id: "clio",
    kind: "crm",
    label: "Clio",
    secretLabel: "API token",
    fields: [
      { key: "workspace", label: "Workspace", required: true },
      { key: "leadSource", label: "Lead source", placeholder: "Phone intake" },
    ],
  },
  {
    id: "jobber",
    kind: "crm",
    label: "Jobber",
    secretLabel: "API token",
    fields: [
      { key: "account", label: "Account", required: true },
      { key: "createRequests", label: "Create a request for each booking", type: "toggle" },
    ],
  },
  {
    id: "google_calendar",
    kind: "calendar",
    label: "Google Calendar",
    secretLabel: "Authorization token",
    fields: [
      { key: "calendar", label: "Calendar", required: true, placeholder: "Consultations" },
      { key: "timezone", label: "Time zone", placeholder: "America/New_York" },
    ],
  },
  {
    id: "outlook_calendar",
    kind: "calendar",
    label: "Outlook Calendar",
    secretLabel: "Authorization token",
    fields: [
      { key: "calendar", label: "Calendar", required: true, placeholder: "Showings" },
      { key: "timezone", label: "Time zone", placeholder: "America/Chicago" },
    ],
  },
  {
    id: "webhook",
    kind: "webhook",
    label: "Webhook",
    secretLabel: null,
    fields: [
      { key: "url", label: "Endpoint URL", required: true, placeholder: "https://example.com/hooks/calls" },
      { key: "events", label: "Events" },
    ],
  },
];

export const PROVIDER_IDS = PROVIDERS.map((p) => p.id) as [string, ...string[]];

export function providerOf(id: string): Provider | undefined {
  return PROVIDERS.find((p) => p.id === id);
}

export const KIND_LABELS: Record<IntegrationKind, string> = { crm: "CRM", calendar: "Calendar", webhook: "Webhooks" };
