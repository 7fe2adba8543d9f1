/**
 * "::ffff:127.0.0.1", "::ffff:7f00:1" and "::127.0.0.1" are IPv4 in IPv6 clothing (a dual-stack
 * socket reports IPv4 peers this way): the IPv4 inside, or null for a real IPv6 address.
 */
export function mappedIpv4(ip: string): string | null {
  const lower = ip.toLowerCase();
  const dotted = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:0{0,4}:){0,5}:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/** The address to judge: the IPv4 inside a mapped form, else the address as given. */
export function unmapIpv4(address: string): string {
  return mappedIpv4(address) ?? address;
}
