import "server-only";
import { getConfig } from "@/lib/config";
import { getPortalAgency, type PortalAgency } from "@/lib/dal/agencies/get-portal-agency";
import { classifyHost } from "@/lib/hosts";

/**
 * Which audience a host serves: the console (staff of any agency) or one agency's portal
 * (its client users). Tokens from emails are only honoured on the host they were sent for.
 */
export type HostAudience = { kind: "console" } | { kind: "portal"; agency: PortalAgency } | { kind: "unknown" };

export async function hostAudience(host: string | null): Promise<HostAudience> {
  const config = getConfig();
  if (classifyHost(host, config.appHost, config.portalRootDomain).kind === "app") return { kind: "console" };
  const agency = await getPortalAgency(host);
  return agency ? { kind: "portal", agency } : { kind: "unknown" };
}
