import { headers } from "next/headers";
import { getConfig } from "@/lib/config";

/**
 * The origin the browser is on, for resolving a redirect target against it: the request's host
 * (the console or an agency's portal) with the deployment's scheme. It only decides which
 * absolute URLs count as "ours"; a redirect never leaves it (lib/http/safe-redirect.ts).
 */
export async function currentRequestOrigin(): Promise<string> {
  const config = getConfig();
  const host = (await headers()).get("host");
  return host ? `${config.appUrl.protocol}//${host}` : config.appUrl.origin;
}
