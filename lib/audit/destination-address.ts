import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

// Loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast and reserved
// ranges: a destination there would let an admin make the server probe its own network.
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24],
  ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128], ["::1", 128], ["64:ff9b::", 96], ["100::", 64], ["2001:db8::", 32],
  ["fc00::", 7], ["fe80::", 10], ["ff00::", 8],
] as const) blocked.addSubnet(net, prefix, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  // IPv4-mapped IPv6 (::ffff:a.b.c.d): refused outright; BlockList would read them as IPv4 rules.
  if (family === 6 && /^::ffff:/i.test(address)) return true;
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

export class DestinationRefused extends Error {}

/**
 * Resolves a destination's host once and returns the address to connect to: the request is
 * pinned to it, so a DNS answer that changes between this check and the connection (rebinding)
 * cannot reach a private address.
 */
export async function resolveDestination(url: URL, allowPrivate: boolean): Promise<{ address: string; family: 4 | 6 }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  const addresses = literal
    ? [{ address: host, family: literal as 4 | 6 }]
    : (await lookup(host, { all: true, verbatim: true }).catch(() => {
        throw new DestinationRefused(`${host} does not resolve`);
      })) as { address: string; family: 4 | 6 }[];
  if (addresses.length === 0) throw new DestinationRefused(`${host} does not resolve`);
  if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) {
    throw new DestinationRefused(`${host} resolves to a private or loopback address`);
  }
  return addresses[0];
}
