import { headers } from "next/headers";
import { getConfig } from "@/lib/config";
import { requestOrigin } from "./request-origin";

/**
 * The origin the browser is on, for resolving a redirect target against it: the same reading of
 * the request's host and scheme as the API's Origin check (./request-origin.ts), so both agree on
 * which origin is ours. A redirect never leaves it (lib/http/safe-redirect.ts).
 */
export async function currentRequestOrigin(): Promise<string> {
  const config = getConfig();
  return requestOrigin(await headers(), config.appUrl.origin, config.appUrl) ?? config.appUrl.origin;
}
