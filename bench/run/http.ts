import http, { type IncomingHttpHeaders } from "node:http";

export type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer };
export type RequestSpec = {
  port: number;
  host: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
};

/**
 * One request to 127.0.0.1 with an explicit Host header: Node's resolver does not map
 * *.localhost to loopback here, and the app routes portals by Host alone.
 */
export function request(spec: RequestSpec): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: spec.port,
        path: spec.path,
        method: spec.method ?? "GET",
        headers: {
          host: spec.host,
          ...spec.headers,
          ...(spec.body ? { "content-length": String(Buffer.byteLength(spec.body)) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      },
    );
    req.setTimeout(120_000, () => req.destroy(new Error(`timeout: ${spec.host}${spec.path}`)));
    req.on("error", reject);
    req.end(spec.body);
  });
}

export type Streamed = { status: number; bytes: number; lines: number; firstByteMs: number; totalMs: number };

/** A download consumed as it arrives (never buffered), counting bytes and lines. */
export function stream(spec: RequestSpec): Promise<Streamed> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: spec.port, path: spec.path, headers: { host: spec.host, ...spec.headers } },
      (res) => {
        let bytes = 0;
        let lines = 0;
        let firstByteMs = 0;
        res.on("data", (chunk: Buffer) => {
          if (bytes === 0) firstByteMs = performance.now() - started;
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        });
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, bytes, lines, firstByteMs, totalMs: performance.now() - started }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** Cookies as a browser keeps them: name → value, from each Set-Cookie header. */
export class CookieJar {
  private readonly values = new Map<string, string>();

  absorb(headers: IncomingHttpHeaders) {
    for (const line of headers["set-cookie"] ?? []) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      this.values.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  get(name: string) {
    return this.values.get(name);
  }

  header(): string {
    return [...this.values].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}
