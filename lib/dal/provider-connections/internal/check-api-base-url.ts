import "server-only";
import { getConfig } from "@/lib/config";
import { invalid } from "@/lib/errors";
import { AddressRefused, resolveAllowedAddresses } from "@/lib/webhooks/address-policy";

/**
 * An `apiBaseUrl` makes our server send the agency's provider key to that address, so it obeys
 * the outbound webhook address policy: https to a public address only; private and loopback
 * addresses (and plain http) only where ALLOW_PRIVATE_WEBHOOKS allows them (development, tests
 * with a local provider on 127.0.0.1).
 */
export async function checkApiBaseUrl(raw: string): Promise<string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid("apiBaseUrl: must be an absolute URL.", { field: "apiBaseUrl" });
  }
  const { allowPrivateWebhooks } = getConfig();
  if (url.protocol !== "https:" && !(allowPrivateWebhooks && url.protocol === "http:"))
    throw invalid("apiBaseUrl: must use https.", { field: "apiBaseUrl" });
  if (url.username || url.password || url.search || url.hash)
    throw invalid("apiBaseUrl: must not carry credentials, a query or a fragment.", { field: "apiBaseUrl" });
  try {
    await resolveAllowedAddresses(url.hostname, allowPrivateWebhooks);
  } catch (e) {
    if (e instanceof AddressRefused) throw invalid(`apiBaseUrl: ${e.message}`, { field: "apiBaseUrl" });
    throw e;
  }
  return url.toString().replace(/\/$/, "");
}
