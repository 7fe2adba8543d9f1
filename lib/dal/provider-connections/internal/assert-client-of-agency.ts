import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { clients } from "@/db/schema";
import { notFound } from "@/lib/errors";

/** A scope of "all clients" says nothing about which agency an id belongs to: look it up in ours. */
export async function assertClientOfAgency(tx: Queryable, agencyId: string, clientId: string) {
  const [row] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.agencyId, agencyId), eq(clients.id, clientId)));
  if (!row) throw notFound("Client not found");
}
