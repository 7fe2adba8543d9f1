import type { Metadata } from "next";
import { TwoFactorSettings } from "@/components/account/two-factor-settings";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { getMyMfa } from "@/lib/dal/mfa/get-my-mfa";

export const metadata: Metadata = { title: "Your account" };

/** A staff member's own sign-in: second factors (SPEC §11). */
export default async function StaffAccountPage() {
  const actor = await requireStaffActor();
  const mfa = await getMyMfa(actor);
  return (
    <div className="grid max-w-3xl gap-6">
      <PageHeader title="Your account" description={`Signed in as ${actor.email}.`} />
      <TwoFactorSettings mfa={mfa} />
    </div>
  );
}
