import "server-only";
import { withTenant } from "@/db/tenant";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { ListParams } from "@/lib/dal/internal/list-params";
import { parseInput } from "@/lib/validation";
import { listInvitations } from "./internal/list-invitations";

/** The agency's staff invitations, every status, newest first (owner/admin). */
export async function listStaffInvitations(actor: Actor, raw: unknown = {}) {
  const staff = requireStaff(actor, "staff.manage");
  const params = parseInput(ListParams, raw);
  return withTenant(staff.agencyId, (db) => listInvitations(db, staff.agencyId, null, params));
}
