import type { AuditActor } from "@/lib/audit/emit-audit";
import type { ClientCapability, ClientRole } from "./client-roles";
import type { PermissionSet } from "./permission-keys";
import type { ResolvedClientUser, ResolvedStaff } from "./resolve";
import type { StaffCapability, StaffRole } from "./staff-roles";

export type RequestMeta = { ip: string | null; userAgent: string | null };

type ActorBase = {
  userId: string;
  email: string;
  name: string;
  agencyId: string;
  agencySlug: string;
  agencyName: string;
  sessionId: string | null;
  meta: RequestMeta;
  /** Set when the request is authenticated by an API key (SPEC §12): audited as the key. */
  apiKey?: { id: string; name: string; rateLimitPerMinute: number };
};

export type StaffActor = ActorBase & {
  kind: "agency";
  role: StaffRole;
  assignedClientIds: string[];
  resolved: ResolvedStaff;
};

export type ClientActor = ActorBase & {
  kind: "client";
  role: ClientRole;
  clientId: string;
  clientName: string;
  assignedAgentIds: string[];
  toggles: PermissionSet;
  clientAdminsManageUsers: boolean;
  /** IANA zone of every day boundary and time this client's users read: the client's, else the agency's. */
  timeZone: string;
  resolved: ResolvedClientUser;
  /** Set when agency staff look at the portal "as" this client: read-only, audited as the staff member. */
  preview?: { staffUserId: string; staffEmail: string };
};

export type Actor = StaffActor | ClientActor;

export function hasStaffCapability(actor: Actor, cap: StaffCapability): actor is StaffActor {
  return actor.kind === "agency" && actor.resolved.capabilities.has(cap);
}

export function hasClientCapability(actor: Actor, cap: ClientCapability): actor is ClientActor {
  return actor.kind === "client" && actor.resolved.capabilities.has(cap);
}

/** Who the audit log names: in a preview, the staff member behind it. */
export function auditActorOf(actor: Actor): AuditActor {
  // A key's actions are the key's: its id, and its name where a person's e-mail would be.
  if (actor.apiKey)
    return {
      type: "api_key",
      id: actor.apiKey.id,
      email: actor.apiKey.name,
      ip: actor.meta.ip,
      userAgent: actor.meta.userAgent,
      sessionId: null,
    };
  const preview = actor.kind === "client" ? actor.preview : undefined;
  return {
    type: "user",
    id: preview?.staffUserId ?? actor.userId,
    email: preview?.staffEmail ?? actor.email,
    ip: actor.meta.ip,
    userAgent: actor.meta.userAgent,
    sessionId: actor.sessionId,
  };
}
