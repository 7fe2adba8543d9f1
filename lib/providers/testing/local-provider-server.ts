import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { method: string; path: string; body: unknown; authorization: string | undefined };
export type Route = (req: { method: string; path: string; query: URLSearchParams; body: unknown }) => {
  status: number;
  body?: unknown;
} | null;

/**
 * The shared part of the local Vapi and Retell servers used by tests (and Playwright): a real
 * HTTP server on 127.0.0.1, port 0, that checks the bearer key, records every request and lets
 * a test turn knobs (`wrongKey`: answer 401 to everything, `delayMs`: answer late so the
 * caller times out). Providers add routes; `voice-calls` adds calls and recordings the same way.
 * No server-only imports: Playwright starts these too.
 */
export async function startLocalProviderServer(apiKey: string, routes: Route[]) {
  const received: RecordedRequest[] = [];
  const knobs = { wrongKey: false, delayMs: 0, failStatus: 0 };
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://local");
      let body: unknown = undefined;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const method = req.method ?? "GET";
      received.push({ method, path: url.pathname + url.search, body, authorization: req.headers.authorization });
      const answer = (status: number, payload?: unknown) =>
        setTimeout(() => {
          if (res.destroyed) return;
          res.writeHead(status, { "content-type": "application/json" });
          res.end(payload === undefined ? "" : JSON.stringify(payload));
        }, knobs.delayMs);
      if (knobs.wrongKey || req.headers.authorization !== `Bearer ${apiKey}`)
        return answer(401, { error: "Invalid API key" });
      if (knobs.failStatus) return answer(knobs.failStatus, { error: "Upstream failure" });
      for (const route of routes) {
        const hit = route({ method, path: url.pathname, query: url.searchParams, body });
        if (hit) return answer(hit.status, hit.body);
      }
      answer(404, { error: "Not found" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    knobs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `/prefix/{id}` → id, or null. */
export function idAfter(path: string, prefix: string): string | null {
  if (!path.startsWith(`${prefix}/`)) return null;
  const id = decodeURIComponent(path.slice(prefix.length + 1));
  return id && !id.includes("/") ? id : null;
}
