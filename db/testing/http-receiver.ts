import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { path: string; headers: IncomingHttpHeaders; body: string; status: number };

/**
 * A SIEM stand-in on 127.0.0.1: answers each request with the next status of the script (the
 * last one repeats) and keeps every request it saw.
 */
export async function startReceiver(statuses: number[]) {
  const received: Received[] = [];
  let i = 0;
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      const status = statuses[Math.min(i++, statuses.length - 1)];
      received.push({ path: req.url ?? "", headers: req.headers, body, status });
      res.writeHead(status, { "content-type": "text/plain" }).end(status >= 400 ? "receiver says no" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    setStatuses: (next: number[]) => {
      statuses = next;
      i = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
