// The app's HTTP entry: `npm start` (production build), `npm run dev` (--dev), `npm run demo` and
// the end-to-end servers all run Next's request handler inside this node:http server, because
// only here is the TCP peer known for certain. Next itself hands route handlers no socket, and
// `next start` fills X-Forwarded-For with the peer only when the client sent none — so a client
// could name any address it liked for the login throttle and the audit log.
//   PORT (default 3000); TRUSTED_PROXIES is read by the app (lib/net/trusted-proxies.ts).
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dev = process.argv.includes("--dev");
process.env.NODE_ENV = dev ? "development" : "production";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 3000);

// The peer goes into a header whose name is drawn per process and known only in this process's
// memory (lib/net/request-client-address.ts reads it there): nothing a client sends can carry it.
const peerHeader = `x-peer-address-${randomBytes(12).toString("hex")}`;
globalThis[Symbol.for("app.peer-address-header")] = peerHeader;
// The app's own rule (lib/net/trusted-proxies.ts): blank or a hop count of 0 trusts no proxy.
const trustsNoProxy = /^0*$/.test((process.env.TRUSTED_PROXIES ?? "").trim());

/** Records the peer where no client can overwrite it, and repairs paths Next would 500 on. */
function prepare(req) {
  const peer = req.socket.remoteAddress ?? "";
  req.headers[peerHeader] = peer;
  // With no trusted proxy a client's X-Forwarded-For is a lie by definition: replace it, so no
  // code (ours or a library's) can read the forged value. Behind proxies the app reads the chain.
  if (trustsNoProxy) {
    req.headers["x-forwarded-for"] = peer;
    delete req.headers["x-real-ip"];
  }
  req.url = reescapeBadPercents(req.url ?? "/");
}

/**
 * A path segment that is not valid percent-encoding ("%ZZ", a lone "%", "%E0%A4" that is no
 * UTF-8) makes Next's decoder throw and answer a bare 500. Escaping that segment's "%" signs
 * makes it an ordinary (unknown) name, so the host's own not-found page or the API's JSON 404
 * answers. Well-formed segments and the query string are left exactly as sent.
 */
function reescapeBadPercents(url) {
  const q = url.indexOf("?");
  const pathname = q === -1 ? url : url.slice(0, q);
  if (!pathname.includes("%")) return url;
  const repaired = pathname
    .split("/")
    .map((segment) => {
      try {
        decodeURIComponent(segment);
        return segment;
      } catch {
        return segment.replaceAll("%", "%25");
      }
    })
    .join("/");
  return q === -1 ? repaired : repaired + url.slice(q);
}

const { default: next } = await import("next");
const app = next({ dev, dir: root, port });
await app.prepare();
const handle = app.getRequestHandler();

// The page cache (lib/page-cache), installed by the app at start unless turned off: it answers
// a cacheable portal page itself or hands the request to Next.
const pageCache = () => globalThis[Symbol.for("app.page-cache")];

const server = createServer((req, res) => {
  prepare(req);
  const cache = pageCache();
  (cache ? cache.serve(req, res, () => handle(req, res)) : handle(req, res)).catch((error) => {
    console.error("[server] request failed", error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
    res.end();
  });
});
server.listen(port, () => console.log(`Ready on port ${port}${dev ? " (development)" : ""}`));

// SIGTERM (orchestrators, `docker stop`) and Ctrl+C: stop accepting, let requests in flight
// finish, stop the background jobs and hand back the ones this instance claimed (another
// instance takes them at once), close the database (PGlite flushes its files), then exit; a
// stuck request gets 10 s. /api/ready answers 503 from the signal on.
let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  globalThis[Symbol.for("app.draining")] = true;
  console.log(`${signal}: closing the server`);
  // A stuck request (a slow export) gets 10 s; the database is closed either way, so PGlite
  // flushes its files before the process ends.
  const force = setTimeout(() => {
    server.closeAllConnections();
    closeDatabase().finally(() => process.exit(1));
  }, 10_000);
  force.unref();
  await new Promise((resolve) => {
    server.close(resolve);
    server.closeIdleConnections();
  });
  await app.close().catch(() => {});
  await closeDatabase();
  process.exit(0);
}

let closing;
function closeDatabase() {
  const beforeExit = globalThis[Symbol.for("app.before-exit")];
  closing ??=
    typeof beforeExit === "function"
      ? beforeExit().catch((error) => console.error("[server] close failed", error))
      : Promise.resolve();
  return closing;
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
