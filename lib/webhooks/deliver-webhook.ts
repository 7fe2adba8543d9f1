import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { AddressRefused, resolveAllowedAddresses, type ResolvedAddress } from "./address-policy";
import { signWebhook } from "./webhook-signature";

export type WebhookEvent = { id: string; type: string; createdAt: string; data: Record<string, unknown> };
export type DeliveryResult =
  | { delivered: true; httpStatus: number; durationMs: number }
  | { delivered: false; error: string; httpStatus?: number; durationMs: number };

export const WEBHOOK_TIMEOUT_MS = 5000;

/**
 * One signed POST of an event. Headers name no product (the receiver belongs to the agency's
 * client): Webhook-Id, Webhook-Timestamp, Webhook-Signature. The connection goes only to the
 * addresses checked by the address policy, redirects are not followed, and the whole exchange
 * is cut off after five seconds.
 */
export async function deliverWebhook(input: {
  url: string;
  secret: string;
  event: WebhookEvent;
  allowPrivate: boolean;
  timeoutMs?: number;
}): Promise<DeliveryResult> {
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return { delivered: false, error: "The webhook URL is not valid.", durationMs: 0 };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return { delivered: false, error: "Webhook URLs must use http or https.", durationMs: 0 };

  let addresses: ResolvedAddress[];
  try {
    addresses = await resolveAllowedAddresses(url.hostname, input.allowPrivate);
  } catch (error) {
    return {
      delivered: false,
      error: error instanceof AddressRefused ? error.message : "The host name could not be resolved.",
      durationMs: elapsed(),
    };
  }

  const body = JSON.stringify(input.event);
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body)),
    "User-Agent": "Webhooks/1.0",
    "Webhook-Id": input.event.id,
    "Webhook-Timestamp": String(timestamp),
    "Webhook-Signature": signWebhook(input.secret, timestamp, body),
  };
  try {
    const httpStatus = await post(url, headers, body, pinnedLookup(addresses), input.timeoutMs ?? WEBHOOK_TIMEOUT_MS);
    if (httpStatus >= 200 && httpStatus < 300) return { delivered: true, httpStatus, durationMs: elapsed() };
    return { delivered: false, httpStatus, error: `The endpoint answered HTTP ${httpStatus}.`, durationMs: elapsed() };
  } catch (error) {
    return { delivered: false, error: describe(error, input.timeoutMs ?? WEBHOOK_TIMEOUT_MS), durationMs: elapsed() };
  }
}

// Hands the socket only the addresses that were checked: no second, unchecked DNS answer.
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  };
}

function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  lookup: LookupFunction,
  timeoutMs: number,
): Promise<number> {
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      { method: "POST", headers, lookup, signal: AbortSignal.timeout(timeoutMs) },
      (response) => {
        // Drain (up to a point) so the socket closes cleanly; the body itself is not needed.
        let seen = 0;
        response.on("data", (chunk: Buffer) => {
          seen += chunk.length;
          if (seen > 64 * 1024) response.destroy();
        });
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("close", () => resolve(response.statusCode ?? 0));
        response.on("error", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

function describe(error: unknown, timeoutMs: number): string {
  const code = (error as { code?: string; name?: string })?.code ?? (error as { name?: string })?.name;
  switch (code) {
    case "ABORT_ERR":
    case "AbortError":
    case "TimeoutError":
      return `No answer within ${timeoutMs / 1000} seconds.`;
    case "ECONNREFUSED":
      return "The endpoint refused the connection.";
    case "ECONNRESET":
      return "The endpoint closed the connection.";
    case "CERT_HAS_EXPIRED":
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "ERR_TLS_CERT_ALTNAME_INVALID":
      return "The endpoint's TLS certificate is not valid.";
    default:
      return "The endpoint could not be reached.";
  }
}
