import http from "node:http";

export type RawResponse = { status: number; contentType: string; text: string };

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/**
 * One request with exactly these bytes. node:http rather than Playwright's request context: the
 * fuzzer must send mis-encoded query strings and broken bodies unchanged, and Node cannot resolve
 * *.localhost here, so portal requests go to 127.0.0.1 with the portal's Host header.
 */
type SendOptions = {
  port: number;
  host: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /** Keep the whole body (JSON the test parses), not only the head the fuzz checks read. */
  wholeBody?: boolean;
};

export async function sendRaw(opts: SendOptions): Promise<RawResponse> {
  try {
    return await sendOnce(opts);
  } catch (error) {
    // A kept-alive socket the server closed just as it was reused (Node's documented race):
    // the request never reached the app, so it is sent again once on a new socket.
    if ((error as { reusedSocket?: boolean }).reusedSocket) return sendOnce(opts);
    throw error;
  }
}

function sendOnce(opts: SendOptions): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const body = opts.body === undefined ? undefined : Buffer.from(opts.body);
    const request = http.request(
      {
        host: "127.0.0.1",
        port: opts.port,
        method: opts.method,
        path: opts.path,
        agent,
        headers: {
          host: opts.host,
          // Browsers send the page's own origin on every non-GET request; a cookie-authenticated
          // state change from another origin is refused before validation (SPEC §12).
          origin: `http://${opts.host}`,
          "sec-fetch-site": "same-origin",
          ...opts.headers,
          ...(body ? { "content-length": String(body.length) } : {}),
        },
        timeout: opts.timeoutMs ?? 30_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          // Exports and recordings can be large: keep only the head, it is all the checks read.
          if (opts.wholeBody || size < 64_000) chunks.push(chunk);
          size += chunk.length;
        });
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers["content-type"] ?? ""),
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${opts.timeoutMs ?? 30_000} ms`)));
    request.on("error", (error: Error & { code?: string }) =>
      reject(Object.assign(error, { reusedSocket: request.reusedSocket && error.code === "ECONNRESET" })),
    );
    request.end(body);
  });
}

/** Parses JSON or gives null. */
export function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
