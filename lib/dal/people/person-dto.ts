import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { textArray } from "@/db/rows";
import { users } from "@/db/schema";

/** The columns a person DTO is built from; the assignment ids come from the team, in the same query. */
export const personColumns = (assignedIds: SQL<string[]>) => ({
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  status: users.status,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  assignedIds,
  // Whether they have a second factor (SPEC §11), for the reset button; never what it is. Spelled
  // "users"."id": Drizzle writes a selected column unqualified, which the subquery would read as its own.
  mfa: sql<boolean>`exists (select 1 from mfa_factors f where f.user_id = "users"."id")`,
});

export type PersonRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  status: string;
  lastLoginAt: Date | null;
  createdAt: Date;
  assignedIds: string[] | string;
  mfa?: boolean;
};

/**
 * SPEC §9 user and staff shapes `{id, email, name, role, status, …assignments}` and their dates.
 * The team supplies the assignment fields: `agentIds`, or `clientIds` and `hiddenClientCount`.
 */
export function toPersonDto<A extends Record<string, unknown>>(row: PersonRow, assignments: (ids: string[]) => A) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: row.status,
    ...assignments(textArray(row.assignedIds)),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    mfaEnabled: Boolean(row.mfa),
  };
}

export type StaffDto = ReturnType<typeof toPersonDto<{ clientIds: string[]; hiddenClientCount: number }>>;
export type ClientUserDto = ReturnType<typeof toPersonDto<{ agentIds: string[] }>>;
