import { BrandingForm } from "@/components/console/branding/branding-form";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { getConfig } from "@/lib/config";
import { getBranding } from "@/lib/dal/agencies/get-branding";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("Branding", "settings.manage");

export default async function BrandingPage() {
  const actor = await requireStaffActor("settings.manage");
  const branding = await getBranding(actor);
  const { appUrl, portalRootDomain } = getConfig();
  return <BrandingForm branding={branding} portalRoot={portalRootDomain} protocol={appUrl.protocol} />;
}
