import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A provider's call-list API on 127.0.0.1 for reconciliation tests, in the shapes of Vapi
 * (`GET /call` → Call[]) and Retell (`POST /v3/list-calls` → {items, pagination_key, has_more}).
 * `calls` is what it lists; `hang` makes it never answer (a provider that times out). Records
 * every request (path, authorization, body).
 */
export async function startProviderApiServer() {
  const state = { calls: [] as unknown[], hang: false };
  const requests: { method: string; path: string; authorization: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      requests.push({
        method: req.method ?? "",
        path: req.url ?? "",
        authorization: req.headers.authorization ?? "",
        body,
      });
      if (state.hang) return;
      const path = req.url ?? "";
      res.writeHead(200, { "Content-Type": "application/json" });
      if (req.method === "GET" && path.startsWith("/call")) return res.end(JSON.stringify(state.calls));
      if (req.method === "POST" && path === "/v3/list-calls")
        return res.end(JSON.stringify({ items: state.calls, has_more: false }));
      res.writeHead(404);
      res.end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    state,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
