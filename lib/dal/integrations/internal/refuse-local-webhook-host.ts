import "server-only";
import { isIP } from "node:net";
import { getConfig } from "@/lib/config";
import { invalid } from "@/lib/errors";
import { isPublicAddress } from "@/lib/webhooks/address-policy";

/**
 * Early, friendly refusal of URLs that can only be local (an IP literal of ours, "localhost").
 * Names are resolved and checked again at every send, where it matters.
 */
export function refuseLocalWebhookHost(url: string) {
  if (getConfig().allowPrivateWebhooks) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const local = host === "localhost" || host.endsWith(".localhost") || (isIP(host) !== 0 && !isPublicAddress(host));
  if (local)
    throw invalid("Webhooks must reach a public address; private and local addresses are refused.", { field: "url" });
}
