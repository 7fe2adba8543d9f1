import { z } from "zod";
import { PROVIDER_IDS, providerOf, WEBHOOK_EVENTS, type Provider } from "./providers";

const configValue = z.string().trim().max(500, "At most 500 characters.");

export const ConnectIntegrationInput = z
  .object({
    provider: z.enum(PROVIDER_IDS, { message: "Pick one of the listed integrations." }),
    name: z.string().trim().min(1).max(80, "At most 80 characters.").optional(),
    config: z.record(z.string(), configValue).default({}),
    /** The credential for a CRM or calendar; webhooks get a generated signing secret instead. */
    secret: z.string().trim().min(8, "Paste the full credential (at least 8 characters).").max(4096).optional(),
  })
  .strict();

export const UpdateIntegrationInput = z
  .object({
    name: z.string().trim().min(1).max(80, "At most 80 characters.").optional(),
    config: z.record(z.string(), configValue).optional(),
    secret: z.string().trim().min(8, "Paste the full credential (at least 8 characters).").max(4096).optional(),
    /** Webhooks: replace the signing secret; the new one is shown once. */
    rotateSecret: z.literal(true).optional(),
  })
  .strict();

export type ConfigProblem = { field: string; message: string };

/**
 * Checks a provider's settings: only its own keys, the required ones present, a webhook's URL
 * absolute http(s) without credentials and its events from the list. Returns the cleaned
 * config or the first problem.
 */
export function cleanConfig(
  provider: Provider,
  raw: Record<string, string>,
): { config: Record<string, string> } | { problem: ConfigProblem } {
  const known = new Map(provider.fields.map((f) => [f.key, f]));
  const unknown = Object.keys(raw).find((k) => !known.has(k));
  if (unknown) return { problem: { field: unknown, message: `${provider.label} has no setting "${unknown}".` } };
  const config: Record<string, string> = {};
  for (const field of provider.fields) {
    const value = (raw[field.key] ?? "").trim();
    if (field.required && !value) return { problem: { field: field.key, message: `${field.label} is required.` } };
    if (field.type === "toggle" && value && value !== "true" && value !== "false")
      return { problem: { field: field.key, message: `${field.label} is true or false.` } };
    if (value) config[field.key] = value;
  }
  if (provider.kind === "webhook") {
    const url = webhookUrlProblem(config.url ?? "");
    if (url) return { problem: { field: "url", message: url } };
    const events = (config.events || "call.completed")
      .split(",")
      .map((e) => e.trim())
      .filter(Boolean);
    const bad = events.find((e) => !WEBHOOK_EVENTS.some((w) => w.id === e));
    if (bad) return { problem: { field: "events", message: `Unknown event "${bad}".` } };
    config.events = [...new Set(events)].join(",");
  }
  return { config };
}

function webhookUrlProblem(value: string): string | null {
  if (value.length > 2048) return "The URL is too long.";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Enter a full URL, e.g. https://example.com/hooks/calls.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return "Webhook URLs must start with https:// (or http://).";
  if (url.username || url.password) return "Put credentials in your endpoint's own checks, not in the URL.";
  return null;
}

export { providerOf };
