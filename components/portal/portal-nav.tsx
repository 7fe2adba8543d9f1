import { BarChart3, Bot, CreditCard, History, LayoutDashboard, Phone, Plug, Settings, Users } from "lucide-react";
import { NavLink } from "@/components/shell/nav-link";
import type { PortalSectionKey } from "@/lib/portal/sections";

const ICONS: Record<PortalSectionKey, typeof Bot> = {
  agents: Bot,
  calls: Phone,
  analytics: BarChart3,
  billing: CreditCard,
  integrations: Plug,
  team: Users,
  "access-log": History,
  settings: Settings,
};

/** Only the sections the viewer may use are listed; the pages enforce the same rule. */
export function PortalNav({
  sections,
  prefix = "",
}: {
  sections: { key: PortalSectionKey; href: string; label: string }[];
  prefix?: string;
}) {
  return (
    <>
      <NavLink href={prefix || "/"} exact>
        <LayoutDashboard className="size-4" aria-hidden /> Overview
      </NavLink>
      {sections.map((s) => {
        const Icon = ICONS[s.key];
        return (
          <NavLink key={s.key} href={`${prefix}${s.href}`}>
            <Icon className="size-4" aria-hidden /> {s.label}
          </NavLink>
        );
      })}
    </>
  );
}
