import { BlockList, isIP } from "node:net";
import { unmapIpv4 } from "./ipv4-mapped";

/**
 * How far X-Forwarded-For is believed (TRUSTED_PROXIES). By default nothing in it is: any client
 * can send the header, so only the TCP peer is known. Behind a load balancer the operator names
 * the proxies (CIDRs or single addresses) or says how many hops sit in front of the app.
 */
export type ProxyTrust =
  { kind: "none" } | { kind: "hops"; count: number } | { kind: "list"; list: BlockList; entries: string[] };

const MAX_HOPS = 20;

/** Parses TRUSTED_PROXIES; throws an Error whose message says what is wrong with the value. */
export function parseTrustedProxies(raw: string | undefined): ProxyTrust {
  const value = (raw ?? "").trim();
  if (!value) return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const count = Number(value);
    if (count > MAX_HOPS) throw new Error(`a hop count must be between 0 and ${MAX_HOPS}`);
    return count === 0 ? { kind: "none" } : { kind: "hops", count };
  }
  const list = new BlockList();
  const entries = value.split(",").map((e) => e.trim());
  for (const entry of entries) addEntry(list, entry);
  return { kind: "list", list, entries };
}

function addEntry(list: BlockList, entry: string) {
  const bad = () => new Error(`"${entry}" is neither an IP address nor a CIDR (e.g. 10.0.0.0/8, fd00::/8)`);
  const match = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(entry);
  if (!match) throw bad();
  const address = unmapIpv4(match[1]);
  const family = isIP(address);
  // A zone id (fe80::1%eth0) names an interface, not a network a proxy lives in.
  if (family === 0 || address.includes("%")) throw bad();
  const type = family === 4 ? "ipv4" : "ipv6";
  if (match[2] === undefined) return list.addAddress(address, type);
  const prefix = Number(match[2]);
  if (prefix > (family === 4 ? 32 : 128)) throw new Error(`"${entry}": prefix /${prefix} is too long for IPv${family}`);
  list.addSubnet(address, prefix, type);
}
