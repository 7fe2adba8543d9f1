import type { AgentSettings, AgentStatus, IntegrationKind, IntegrationStatus } from "@/db/schema";
import type { PermissionSet } from "@/lib/authz/permission-keys";
import type { Industry } from "./scripts";

/** Which calls an agent takes: office-hours inbound, inbound when the office is closed, or outbound. */
export type AgentRole = "inbound" | "after_hours" | "outbound";

export type DemoAgent = {
  name: string;
  /** The name the agent introduces itself with on calls. */
  persona: string;
  role: AgentRole;
  /** Only live agents take calls; a draft shows up in the list with no history. */
  status: AgentStatus;
  settings: AgentSettings;
  /** One phone number per label. */
  numberLabels: string[];
};

export type DemoIntegration = {
  kind: IntegrationKind;
  provider: string;
  name: string;
  status: IntegrationStatus;
  /** Non-secret settings only: the demo stores no credentials. */
  config: Record<string, string>;
  lastError?: string;
  lastEventHoursAgo?: number;
};

export type DemoClientUser = {
  email: string;
  name: string;
  role: "admin" | "supervisor" | "analyst" | "agent";
  agentNames?: string[];
};

export type DemoClient = {
  name: string;
  industry: Industry;
  permissions: PermissionSet;
  ratePerMinuteCents: number;
  callCount: number;
  /** Where the client's callers live: area codes for their (fictional) numbers. */
  areaCodes: string[];
  /** The client's people named on calls: dentists, attorneys, technicians, realtors. */
  people: string[];
  /** Days between an invoice and its due date. */
  paymentTermsDays: number;
  users: DemoClientUser[];
  agents: DemoAgent[];
  integrations: DemoIntegration[];
};

export type DemoStaff = {
  email: string;
  name: string;
  role: "owner" | "admin" | "manager" | "member";
  clientNames?: string[];
};

export type DemoAgency = {
  slug: string;
  name: string;
  primaryColor: string;
  supportEmail: string;
  senderName: string;
  defaults: PermissionSet;
  staff: DemoStaff[];
  clients: DemoClient[];
};
