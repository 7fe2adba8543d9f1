import "server-only";
import type { Actor, StaffActor } from "@/lib/authz/actor";
import { requireStaff, requireStaffOnClient } from "@/lib/authz/guards";

/**
 * Who configures a tenant's SSO (SPEC §11): owners and admins for the staff's connections, staff
 * who may edit the client for a client's. Client users never see connections (404).
 */
export function requireSsoAdmin(actor: Actor, clientId: string | null): StaffActor {
  return clientId ? requireStaffOnClient(actor, clientId, "client.edit") : requireStaff(actor, "settings.manage");
}
