import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { getConfig } from "@/lib/config";
import { resolveDestination } from "./destination-address";

const TIMEOUT_MS = 10_000;

export type PostResult = { ok: true; status: number } | { ok: false; error: string };

/**
 * One POST to a SIEM destination, connected to the address checked by resolveDestination (no
 * second DNS answer), no redirects followed, a hard timeout. Any 2xx is success; the error
 * string is what the console shows as the destination's last error.
 */
export async function postToDestination(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
): Promise<PostResult> {
  const url = new URL(rawUrl);
  let pinned: { address: string; family: 4 | 6 };
  try {
    pinned = await resolveDestination(url, getConfig().allowPrivateWebhooks);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options?.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
  const transport = url.protocol === "https:" ? https : http;
  return new Promise<PostResult>((resolve) => {
    const request = transport.request(
      url,
      {
        method: "POST",
        lookup,
        timeout: TIMEOUT_MS,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body).toString(),
          "user-agent": "audit-stream/1",
          ...headers,
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (text.length < 300) text += chunk;
        });
        response.on("end", () =>
          resolve(
            status >= 200 && status < 300
              ? { ok: true, status }
              : { ok: false, error: `HTTP ${status}${text.trim() ? `: ${text.trim().slice(0, 200)}` : ""}` },
          ),
        );
        response.on("error", (e) => resolve({ ok: false, error: e.message }));
      },
    );
    request.on("timeout", () => request.destroy(new Error(`No answer within ${TIMEOUT_MS / 1000} s`)));
    request.on("error", (e) => resolve({ ok: false, error: e.message || "Connection failed" }));
    request.end(body);
  });
}
