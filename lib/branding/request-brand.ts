import { headers } from "next/headers";
import { getPortalAgency, type PortalAgency } from "@/lib/dal/agencies/get-portal-agency";

/** The portal agency for the host of the current request (null on the console host). */
export async function getRequestBrand(): Promise<PortalAgency | null> {
  const h = await headers();
  return getPortalAgency(h.get("x-forwarded-host") ?? h.get("host"));
}

export const PLATFORM_NAME = "Switchboard";
