import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { users } from "@/db/schema";
import { isUuid } from "@/lib/uuid";
import { notFound } from "@/lib/errors";
import type { Audience } from "../audience";
import { personColumns } from "../person-dto";

/** An active person of this team, locked for a change, that the actor may manage (SPEC §4); else 404 / 403. */
export async function lockPerson(tx: Queryable, audience: Audience<unknown>, userId: string) {
  const missing = `${audience.noun} not found`;
  if (!isUuid(userId)) throw notFound(missing);
  const [row] = await tx
    .select(personColumns(audience.assignedIds()))
    .from(users)
    .where(and(audience.members(), eq(users.status, "active"), eq(users.id, userId)))
    .for("update");
  if (!row) throw notFound(missing);
  audience.assertMayManage(row.role);
  return row;
}
