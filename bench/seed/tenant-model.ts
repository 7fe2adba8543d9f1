/** What the calls and audit generators need to know about the tenants the seed created. */
export type AgentRole = "inbound" | "after_hours" | "outbound";
export type SeededAgent = { id: string; name: string; role: AgentRole };
export type SeededUser = { id: string; email: string };

export type SeededClient = {
  id: string;
  name: string;
  ratePerMinuteCents: number;
  /** Relative call volume; the bench client's is set so it gets its configured share. */
  weight: number;
  agents: SeededAgent[];
  users: SeededUser[];
  contacts: string[];
  /** A few of its call ids, for audit events that point at calls. */
  sampleCallIds: string[];
  callCount: number;
};

export type TenantModel = {
  agencyId: string;
  clients: SeededClient[];
  staff: (SeededUser & { role: string })[];
};
