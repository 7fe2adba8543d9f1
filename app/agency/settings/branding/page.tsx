import type { Metadata } from "next";
import { BrandingForm } from "@/components/console/branding/branding-form";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { getConfig } from "@/lib/config";
import { getBranding } from "@/lib/dal/agencies/get-branding";

export const metadata: Metadata = { title: "Branding" };

export default async function BrandingPage() {
  const actor = await requireStaffActor("settings.manage");
  const branding = await getBranding(actor);
  const { appUrl, portalRootDomain } = getConfig();
  return <BrandingForm branding={branding} portalRoot={portalRootDomain} protocol={appUrl.protocol} />;
}
