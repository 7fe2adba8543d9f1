import http from "node:http";
import type { AddressInfo } from "node:net";
import { renderCallWav } from "../../recordings/generate-wav";

/**
 * A provider's recording host on 127.0.0.1 for tests and the call simulator: `/rec/{name}.wav`
 * streams `bytes` in chunks, `/wav/{seconds}/{name}.wav` a playable call recording, `/expired/…` answers 403 as an expired signed S3 link does, `/slow/…` sends headers
 * and then nothing (a provider that times out). Records every path asked for.
 */
export async function startRecordingServer(bytes = 256 * 1024) {
  const asked: string[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? "";
    asked.push(path);
    if (path.startsWith("/expired/")) {
      res.writeHead(403, { "Content-Type": "application/xml" });
      return res.end("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>");
    }
    if (path.startsWith("/slow/")) {
      res.writeHead(200, { "Content-Type": "audio/wav" });
      return res.write(Buffer.alloc(16));
    }
    const wav = /^\/wav\/(\d{1,4})\//.exec(path);
    if (wav) {
      const seconds = Number(wav[1]);
      const audio = renderCallWav(seconds, [
        { speaker: "agent", startSeconds: 0.4 },
        { speaker: "caller", startSeconds: Math.min(3.2, seconds / 2) },
      ]);
      res.writeHead(200, { "Content-Type": "audio/wav", "Content-Length": String(audio.length) });
      return res.end(audio);
    }
    if (!path.startsWith("/rec/")) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "Content-Type": "audio/wav", "Content-Length": String(bytes) });
    const chunk = Buffer.alloc(16 * 1024, 7);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        const part = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
        sent += part.length;
        if (!res.write(part)) return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    asked,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
