import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { mappedIpv4 } from "@/lib/net/ipv4-mapped";

/**
 * Where a webhook may be sent. A client admin types the URL, so without this a "test event"
 * would let anyone probe and poke our own network: the metadata service at 169.254.169.254,
 * the database on 127.0.0.1, anything on 10/8. Every address a name resolves to must be public
 * unicast; the request is then pinned to those checked addresses (see deliver-webhook), so a
 * second DNS answer cannot swap in a private one (DNS rebinding).
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001::", 23],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

/** Whether an IP literal is a public unicast address. Anything unparsable is not. */
export function isPublicAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 0) return false;
  if (family === 4) return !blocked.check(ip, "ipv4");
  const mapped = mappedIpv4(ip);
  if (mapped) return isPublicAddress(mapped);
  return !blocked.check(ip, "ipv6");
}

export type ResolvedAddress = { address: string; family: 4 | 6 };

export class AddressRefused extends Error {
  constructor(
    message: string,
    readonly reason: "unresolvable" | "private",
  ) {
    super(message);
  }
}

/**
 * Resolves a URL's host and checks every address; with `allowPrivate` (development, tests)
 * private ones pass too. Throws AddressRefused with a message fit to show the user.
 */
export async function resolveAllowedAddresses(hostname: string, allowPrivate: boolean): Promise<ResolvedAddress[]> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  const addresses: ResolvedAddress[] = literal
    ? [{ address: host, family: literal as 4 | 6 }]
    : (
        await lookup(host, { all: true, verbatim: true }).catch(() => {
          throw new AddressRefused(`The host name ${host} does not resolve.`, "unresolvable");
        })
      ).map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
  if (addresses.length === 0) throw new AddressRefused(`The host name ${host} does not resolve.`, "unresolvable");
  if (!allowPrivate) {
    const bad = addresses.some((a) => !isPublicAddress(a.address));
    // The address itself is not echoed: it would map our internal network for whoever asks.
    if (bad)
      throw new AddressRefused(
        `Refused: ${host} points to a private or local address. Webhooks must reach a public address.`,
        "private",
      );
  }
  return addresses;
}
