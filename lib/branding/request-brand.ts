import { headers } from "next/headers";
import { getConfig } from "@/lib/config";
import { getPortalAgency, type PortalAgency } from "@/lib/dal/agencies/get-portal-agency";
import { classifyHost } from "@/lib/hosts";

/** The portal agency for the host of the current request (null on the console host). */
export async function getRequestBrand(): Promise<PortalAgency | null> {
  const h = await headers();
  return getPortalAgency(h.get("x-forwarded-host") ?? h.get("host"));
}

export const PLATFORM_NAME = "Switchboard";

/** Whether this request came to the console host: the only place the platform's name may show. */
export async function isConsoleHost(): Promise<boolean> {
  const h = await headers();
  const { appHost, portalRootDomain } = getConfig();
  return classifyHost(h.get("x-forwarded-host") ?? h.get("host"), appHost, portalRootDomain).kind === "app";
}
