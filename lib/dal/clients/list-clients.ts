import "server-only";
import { and, asc, ilike, sql } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { clients } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { canEditClient, requireStaff } from "@/lib/authz/guards";
import { invalid } from "@/lib/errors";
import { isStorableText } from "@/lib/storable-text";
import { isUuid } from "@/lib/uuid";
import { parseInput } from "@/lib/validation";
import { pendingInvitationCountSql, userCountSql } from "./client-counts";
import { toClientListItemDto } from "./client-dto";
import { staffClientsWhere } from "./staff-clients-where";

export const ListClientsInput = z.object({
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** The clients the viewer may see, by name, keyset-paginated on (name, id). */
export async function listClients(actor: Actor, raw: unknown) {
  const staff = requireStaff(actor, "client.read");
  const input = parseInput(ListClientsInput, raw);
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  return withTenant(staff.agencyId, async (db) => {
    const rows = await db
      .select({ client: clients, userCount: userCountSql, pendingInvitationCount: pendingInvitationCountSql })
      .from(clients)
      .where(
        and(
          staffClientsWhere(staff),
          input.q ? ilike(clients.name, `%${escapeLike(input.q)}%`) : undefined,
          after ? sql`(${clients.name}, ${clients.id}) > (${after.name}, ${after.id}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(clients.name), asc(clients.id))
      .limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return {
      items: page.map((r) =>
        toClientListItemDto(
          r.client,
          { userCount: r.userCount, pendingInvitationCount: r.pendingInvitationCount },
          canEditClient(staff, r.client.id),
        ),
      ),
      nextCursor: rows.length > input.limit && last ? encodeCursor(last.client.name, last.client.id) : null,
    };
  });
}

function encodeCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id])).toString("base64url");
}

function decodeCursor(cursor: string): { name: string; id: string } {
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    // The name goes into the query: one that could never be a client's name is no cursor of ours.
    if (typeof name === "string" && name.length <= 120 && isStorableText(name) && typeof id === "string" && isUuid(id))
      return { name, id };
  } catch {}
  throw invalid("cursor: not a cursor this list gave out.");
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
