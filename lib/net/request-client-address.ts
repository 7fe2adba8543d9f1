import { getConfig } from "@/lib/config";
import { resolveClientAddress } from "./client-address";

/**
 * The custom server (scripts/server.mjs) writes each request's TCP peer into a header whose name
 * it draws at random when the process starts, after deleting any copy a client sent, and leaves
 * that name here, in this process's memory. A client can neither guess the name nor reach the
 * app without passing the server. Under plain `next start` or `next dev` nothing is registered
 * and the address is unknown (null) rather than taken from something a client could send — the
 * production start refuses that setup (lib/startup.ts).
 */
const PEER_HEADER = Symbol.for("app.peer-address-header");

export function peerHeaderName(): string | null {
  const name = (globalThis as Record<symbol, unknown>)[PEER_HEADER];
  return typeof name === "string" && name ? name : null;
}

/** The client address of a request, from its headers: the one reader of X-Forwarded-For. */
export function clientAddressOf(headers: Headers): string | null {
  const name = peerHeaderName();
  if (!name) return null;
  return resolveClientAddress(headers.get(name), headers.get("x-forwarded-for"), getConfig().trustedProxies);
}
