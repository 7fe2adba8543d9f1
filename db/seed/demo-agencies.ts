import { presetPermissions } from "@/lib/authz/catalogue";
import { BRIGHT_DENTAL } from "./clients/bright-dental";
import { GLOBEX_DENTAL } from "./clients/globex-dental";
import { HARBOR_PLUMBING } from "./clients/harbor-plumbing";
import { NOVA_REALTY } from "./clients/nova-realty";
import { SUMMIT_LEGAL } from "./clients/summit-legal";
import type { DemoAgency } from "./demo-types";

// SPEC §10, exactly: two agencies, so tenant isolation can be seen (and tested) on demo data.
export const DEMO_AGENCIES: DemoAgency[] = [
  {
    slug: "acme",
    name: "Acme Voice",
    primaryColor: "#2563eb",
    supportEmail: "support@acme.test",
    senderName: "Acme Voice",
    defaults: presetPermissions("view_only"),
    staff: [
      { email: "owner@acme.test", name: "Olivia Bennett", role: "owner" },
      { email: "admin@acme.test", name: "Marcus Reid", role: "admin" },
      { email: "manager@acme.test", name: "Priya Shah", role: "manager", clientNames: ["Bright Dental"] },
      { email: "member@acme.test", name: "Daniel Kim", role: "member", clientNames: ["Summit Legal"] },
    ],
    clients: [BRIGHT_DENTAL, SUMMIT_LEGAL, HARBOR_PLUMBING, NOVA_REALTY],
  },
  {
    slug: "globex",
    name: "Globex Voice",
    primaryColor: "#059669",
    supportEmail: "support@globex.test",
    senderName: "Globex Voice",
    defaults: presetPermissions("view_only"),
    staff: [{ email: "owner@globex.test", name: "Grace Hoffman", role: "owner" }],
    clients: [GLOBEX_DENTAL],
  },
];
