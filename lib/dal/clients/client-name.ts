import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { clients } from "@/db/schema";
import { conflict } from "@/lib/errors";

export const ClientName = z.string().trim().min(1, "Give the client a name.").max(120);

/** Two live clients of one agency with the same name would be told apart by nobody. */
export async function assertNameFree(tx: Queryable, agencyId: string, name: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(
      and(
        eq(clients.agencyId, agencyId),
        isNull(clients.archivedAt),
        sql`lower(${clients.name}) = ${name.toLowerCase()}`,
        exceptId ? ne(clients.id, exceptId) : undefined,
      ),
    );
  if (taken) throw conflict(`A client named "${name}" already exists.`);
}
