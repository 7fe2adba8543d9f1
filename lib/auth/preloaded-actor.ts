import "server-only";
import { randomBytes } from "node:crypto";
import type { ActorResult } from "./load-actor";

// The page cache (lib/page-cache) loads a portal request's actor before Next renders it. On a
// miss the page must render for that very actor: the entry is stored under a key built from it,
// so an actor loaded again a moment later (after a permission change) could put one viewer's
// page under another's key. The result is handed over in a request header whose name is drawn
// per process and known only in this process's memory (like the peer address,
// lib/net/request-client-address.ts), naming a one-request token: nothing a client sends can
// carry it. Kept on globalThis: the server's hook and the app's bundles load this module apart.
type Store = { header: string; results: Map<string, ActorResult> };
const KEY = Symbol.for("app.preloaded-actors");

function store(): Store {
  const g = globalThis as Record<symbol, Store | undefined>;
  return (g[KEY] ??= { header: `x-preloaded-actor-${randomBytes(12).toString("hex")}`, results: new Map() });
}

/** Attaches the result to the request's headers; call the returned function when the response ends. */
export function preloadActor(headers: Record<string, string | string[] | undefined>, result: ActorResult) {
  const { header, results } = store();
  const token = randomBytes(16).toString("base64url");
  results.set(token, result);
  headers[header] = token;
  return () => {
    results.delete(token);
  };
}

/** The result the page cache loaded for this request, or null. */
export function preloadedActor(headers: Headers): ActorResult | null {
  const { header, results } = store();
  const token = headers.get(header);
  return token ? (results.get(token) ?? null) : null;
}
