import "server-only";
import { textArray } from "@/db/rows";
import { sql } from "drizzle-orm";
import { users } from "@/db/schema";

/** The columns a user DTO is built from; agent ids are aggregated in the same query. */
export const clientUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  status: users.status,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  agentIds: sql<string[]>`coalesce((select array_agg(a.agent_id::text order by a.agent_id) from user_agent_assignments a where a.user_id = ${users.id}), '{}')`,
};

type ClientUserRow = { id: string; email: string; name: string; role: string; status: string; lastLoginAt: Date | null; createdAt: Date; agentIds: string[] | string };

/** SPEC §9 user shape `{id, email, name, role, status, agentIds}` and its dates. */
export function toClientUserDto(row: ClientUserRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: row.status,
    agentIds: textArray(row.agentIds),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export type ClientUserDto = ReturnType<typeof toClientUserDto>;

export { textArray };
