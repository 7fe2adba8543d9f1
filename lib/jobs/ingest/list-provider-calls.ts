import "server-only";
import { AddressRefused, resolveAllowedAddresses } from "@/lib/webhooks/address-policy";
import type { Provider } from "@/lib/ingest/event-identity";

export const PROVIDER_API_TIMEOUT_MS = 15_000;
const DEFAULT_BASE: Record<Provider, string> = { vapi: "https://api.vapi.ai", retell: "https://api.retellai.com" };
const PAGE = 100;
const MAX_PAGES = 20;

export class ProviderApiError extends Error {}

/**
 * The calls a provider has since `since`, as the bodies our normalisers read (`event: "api"`,
 * final): Vapi `GET /call?createdAtGt=…&limit=100` (an array of Call, paged by the last
 * createdAt), Retell `POST /v3/list-calls` with a start-time filter (`{items, pagination_key,
 * has_more}`). A connection's `apiBaseUrl` goes through the webhook address policy first.
 */
export async function listProviderCalls(
  connection: { provider: Provider; apiKey: string; apiBaseUrl: string | null },
  since: Date,
  opts: { allowPrivate: boolean; timeoutMs?: number },
): Promise<unknown[]> {
  const base = new URL(connection.apiBaseUrl ?? DEFAULT_BASE[connection.provider]);
  try {
    await resolveAllowedAddresses(base.hostname, opts.allowPrivate);
  } catch (error) {
    throw new ProviderApiError(
      error instanceof AddressRefused ? error.message : "The provider's address is not valid.",
    );
  }
  const call = async (path: string, init: RequestInit) => {
    const timeoutMs = opts.timeoutMs ?? PROVIDER_API_TIMEOUT_MS;
    let response: Response;
    try {
      response = await fetch(new URL(path, base.toString().replace(/\/?$/, "/")), {
        ...init,
        redirect: "error",
        signal: AbortSignal.timeout(timeoutMs),
        headers: { Authorization: `Bearer ${connection.apiKey}`, "Content-Type": "application/json" },
      });
    } catch (error) {
      const name = (error as { name?: string })?.name;
      throw new ProviderApiError(
        name === "TimeoutError" || name === "AbortError"
          ? `The provider did not answer within ${timeoutMs / 1000} seconds.`
          : "The provider could not be reached.",
      );
    }
    if (response.status === 401 || response.status === 403)
      throw new ProviderApiError(`The provider refused the API key (HTTP ${response.status}).`);
    if (!response.ok) throw new ProviderApiError(`The provider answered HTTP ${response.status}.`);
    return response.json() as Promise<unknown>;
  };

  const out: unknown[] = [];
  if (connection.provider === "vapi") {
    let after = since.toISOString();
    for (let page = 0; page < MAX_PAGES; page++) {
      const items = (await call(`call?createdAtGt=${encodeURIComponent(after)}&limit=${PAGE}`, {})) as {
        createdAt?: string;
      }[];
      if (!Array.isArray(items)) throw new ProviderApiError("The provider's call list was not a list.");
      out.push(...items.map((c) => ({ message: { type: "api", call: c } })));
      const newest = items
        .map((c) => c.createdAt ?? "")
        .sort()
        .at(-1);
      if (items.length < PAGE || !newest || newest <= after) break;
      after = newest;
    }
    return out;
  }
  let paginationKey: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = (await call("v3/list-calls", {
      method: "POST",
      body: JSON.stringify({
        filter_criteria: { start_timestamp: { lower_threshold: since.getTime() } },
        limit: PAGE,
        sort_order: "ascending",
        ...(paginationKey ? { pagination_key: paginationKey } : {}),
      }),
    })) as { items?: unknown[]; pagination_key?: string; has_more?: boolean };
    if (!Array.isArray(body.items)) throw new ProviderApiError("The provider's call list was not a list.");
    out.push(...body.items.map((c) => ({ event: "api", call: c })));
    if (!body.has_more || !body.pagination_key) break;
    paginationKey = body.pagination_key;
  }
  return out;
}
