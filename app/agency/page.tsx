import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";

export const metadata: Metadata = { title: "Overview" };

export default async function ConsoleOverviewPage() {
  const actor = await requireStaffActor();
  return (
    <div className="space-y-6">
      <PageHeader title={actor.agencyName} description="Your book of business at a glance." />
    </div>
  );
}
