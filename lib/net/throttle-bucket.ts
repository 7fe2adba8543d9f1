import { isIPv6 } from "node:net";
import { unmapIpv4 } from "./ipv4-mapped";

/**
 * The key a client address is counted under by throttles. An IPv4 address is one client; an IPv6
 * client usually holds a whole /64 (one home or one server), so counting single IPv6 addresses
 * would let it rotate through 2^64 of them and never be slowed down.
 */
export function throttleBucketOf(ip: string | null): string {
  if (!ip) return "unknown";
  const address = unmapIpv4(ip);
  if (!isIPv6(address)) return address;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

// "2001:db8::1" → ["2001","db8","0","0","0","0","0","1"]: the eight groups, "::" filled with zeros.
function expandIpv6(address: string): string[] {
  const [head, tail] = address.split("%")[0].toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const zeros = Array(Math.max(0, 8 - left.length - right.length)).fill("0");
  return [...left, ...(tail === undefined ? [] : zeros), ...right].map((g) => g.replace(/^0+(?=.)/, ""));
}
