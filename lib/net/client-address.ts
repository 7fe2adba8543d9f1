import { isIP } from "node:net";
import { unmapIpv4 } from "./ipv4-mapped";
import type { ProxyTrust } from "./trusted-proxies";

/**
 * The client's address: the TCP peer, or — only when the peer is a trusted proxy — the rightmost
 * X-Forwarded-For entry that is not one. Entries further left are whatever the client chose to
 * send (a forged "1.2.3.4, " prefix is kept by every proxy), so they are never read past the
 * first untrusted hop. One function feeds the login throttle, rate limits, audit rows and
 * session metadata, so they all see the same address.
 */
export function resolveClientAddress(
  peer: string | null,
  forwardedFor: string | null,
  trust: ProxyTrust,
): string | null {
  const peerAddress = peer ? normalizeAddress(peer) : null;
  if (!peerAddress || trust.kind === "none") return peerAddress;
  const forwarded = forwardedFor && forwardedFor.trim() ? forwardedFor.split(",") : [];
  // Right to left: the peer first, then what each trusted hop says it was handed by.
  const hops = [peerAddress, ...forwarded.reverse()];
  let nearest = peerAddress;
  for (let distance = 0; distance < hops.length; distance++) {
    const address = distance === 0 ? peerAddress : normalizeAddress(hops[distance]);
    // A trusted proxy appends real addresses; garbage means the hop behind it is not one of ours
    // (or a client wrote it): the last address a trusted hop vouched for is all we know.
    if (!address) return nearest;
    nearest = address;
    if (!isTrusted(address, distance, trust)) return address;
  }
  // Every hop is a trusted proxy (a request from the load balancer itself): the furthest one.
  return nearest;
}

function isTrusted(address: string, distance: number, trust: ProxyTrust): boolean {
  if (trust.kind === "hops") return distance < trust.count;
  if (trust.kind === "list") return trust.list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
  return false;
}

/**
 * One address as written by a socket or a proxy → its canonical text, or null if it is not an
 * IP address: "::ffff:1.2.3.4" → "1.2.3.4", "1.2.3.4:5678" and "[2001:db8::1]:443" lose the
 * port, IPv6 is lower-cased. Zone ids and anything else are refused.
 */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else {
    const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(value);
    if (v4WithPort) value = v4WithPort[1];
  }
  value = unmapIpv4(value);
  if (value.includes("%")) return null;
  const family = isIP(value);
  if (family === 4) return value;
  if (family === 6) return value.toLowerCase();
  return null;
}
