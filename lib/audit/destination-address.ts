import "server-only";
import { AddressRefused, isPublicAddress, resolveAllowedAddresses } from "@/lib/webhooks/address-policy";

// SIEM destinations obey the same address policy as webhooks (lib/webhooks/address-policy.ts):
// a destination on loopback, a private range or the metadata service would let an admin make
// the server probe its own network.
export function isPrivateAddress(address: string): boolean {
  return !isPublicAddress(address);
}

export class DestinationRefused extends Error {}

/**
 * Resolves a destination's host once and returns the address to connect to: the request is
 * pinned to it, so a DNS answer that changes between this check and the connection (rebinding)
 * cannot reach a private address.
 */
export async function resolveDestination(url: URL, allowPrivate: boolean): Promise<{ address: string; family: 4 | 6 }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  try {
    const [first] = await resolveAllowedAddresses(host, allowPrivate);
    return first;
  } catch (error) {
    if (!(error instanceof AddressRefused)) throw error;
    throw new DestinationRefused(
      error.reason === "unresolvable"
        ? `${host} does not resolve`
        : `${host} resolves to a private or loopback address`,
    );
  }
}
