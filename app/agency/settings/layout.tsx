import type { ReactNode } from "react";
import { SettingsTabs } from "@/components/console/settings-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const actor = await requireStaffActor();
  const caps = actor.resolved.capabilities;
  return (
    <div className="space-y-6">
      <PageHeader title="Settings" description="How your agency and its client portals behave." />
      <SettingsTabs canManageSettings={caps.has("settings.manage")} />
      {children}
    </div>
  );
}
