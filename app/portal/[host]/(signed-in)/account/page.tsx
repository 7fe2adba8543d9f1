import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TwoFactorSettings } from "@/components/account/two-factor-settings";
import { PageHeader } from "@/components/ui/page-header";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";
import { getMyMfa } from "@/lib/dal/mfa/get-my-mfa";

export const metadata: Metadata = { title: "Your account" };

/** A client user's own sign-in: second factors (SPEC §11). Staff previewing the portal have none here. */
export default async function PortalAccountPage() {
  const actor = await requirePortalActor();
  if (actor.preview) notFound();
  const mfa = await getMyMfa(actor);
  return (
    <div className="grid max-w-3xl gap-6">
      <PageHeader title="Your account" description={`Signed in as ${actor.email}.`} />
      <TwoFactorSettings mfa={mfa} />
    </div>
  );
}
