import { ProviderError } from "./provider";

/** How long one provider call may take before the user is told the provider is not answering. */
export const PROVIDER_TIMEOUT_MS = 10_000;

type Options = { method?: string; body?: unknown; timeoutMs?: number; label: string };

/**
 * One authenticated JSON call to a provider. Errors become ProviderError with a message that
 * names the provider and the HTTP status, never the key or the raw upstream body (it may echo
 * our request, key included).
 */
export async function providerFetch<T>(apiBaseUrl: string, apiKey: string, path: string, opts: Options): Promise<T> {
  const url = new URL(path.replace(/^\//, ""), apiBaseUrl.endsWith("/") ? apiBaseUrl : `${apiBaseUrl}/`);
  let res: Response;
  try {
    res = await fetch(url, {
      method: opts.method ?? "GET",
      headers: {
        authorization: `Bearer ${apiKey}`,
        accept: "application/json",
        ...(opts.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      redirect: "error",
      signal: AbortSignal.timeout(opts.timeoutMs ?? PROVIDER_TIMEOUT_MS),
    });
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
    throw timedOut
      ? new ProviderError("timeout", `${opts.label} did not answer in time.`)
      : new ProviderError("unreachable", `${opts.label} could not be reached.`);
  }
  if (res.status === 401 || res.status === 403)
    throw new ProviderError("unauthorized", `${opts.label} refused the API key (HTTP ${res.status}).`, res.status);
  if (res.status === 404) throw new ProviderError("not_found", `${opts.label} has no such resource (HTTP 404).`, 404);
  if (!res.ok) throw new ProviderError("rejected", `${opts.label} answered HTTP ${res.status}.`, res.status);
  if (res.status === 204) return undefined as T;
  try {
    return (await res.json()) as T;
  } catch {
    throw new ProviderError("rejected", `${opts.label} answered with something that is not JSON.`, res.status);
  }
}
