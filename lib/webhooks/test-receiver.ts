import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedRequest = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };

/**
 * A real HTTP endpoint on 127.0.0.1 for tests: records what it receives and answers with the
 * status (and delay) the test sets.
 */
export async function startTestReceiver() {
  const received: ReceivedRequest[] = [];
  const behaviour = { status: 204, delayMs: 0, headers: {} as Record<string, string> };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      setTimeout(() => {
        res.writeHead(behaviour.status, behaviour.headers);
        res.end();
      }, behaviour.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/calls`,
    received,
    behaviour,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
