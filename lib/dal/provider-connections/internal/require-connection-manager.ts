import "server-only";
import type { Actor, StaffActor } from "@/lib/authz/actor";
import { requireStaff, requireStaffOnClient } from "@/lib/authz/guards";

/**
 * Who may hold an agency's provider keys: staff with `settings.manage`; for a client-level
 * connection the client must also be in their edit scope (outside their read scope it does
 * not exist: 404).
 */
export function requireConnectionManager(actor: Actor, clientId: string | null): StaffActor {
  if (clientId) requireStaffOnClient(actor, clientId, "client.edit");
  return requireStaff(actor, "settings.manage");
}
