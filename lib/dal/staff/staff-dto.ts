import "server-only";
import { sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { ClientScope } from "@/lib/authz/resolve";
import { textArray } from "@/lib/dal/client-users/user-dto";

export const staffColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  status: users.status,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  clientIds: sql<string[]>`coalesce((select array_agg(s.client_id::text order by s.client_id) from staff_client_assignments s where s.user_id = ${users.id}), '{}')`,
};

type StaffRow = { id: string; email: string; name: string; role: string; status: string; lastLoginAt: Date | null; createdAt: Date; clientIds: string[] | string };

/**
 * SPEC §9 staff shape `{id, email, name, role, clientIds}` and its dates. `clientIds` names only
 * the clients the viewer may see itself (SPEC §4: a member sees its assigned clients only), so a
 * colleague's assignment cannot hand it the id of a client outside its reach; the rest are counted.
 */
export function toStaffDto(row: StaffRow, viewerScope: ClientScope = { all: true }) {
  const assigned = textArray(row.clientIds);
  const clientIds = viewerScope.all ? assigned : assigned.filter((id) => viewerScope.clientIds.includes(id));
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: row.status,
    clientIds,
    hiddenClientCount: assigned.length - clientIds.length,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export type StaffDto = ReturnType<typeof toStaffDto>;
