import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { mailOutbox } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";

/** One outbox email of this agency, to read in the console. */
export async function getOutboxMail(actor: Actor, id: string) {
  const staff = requireStaff(actor, "settings.manage");
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("Email not found");
  return withTenant(staff.agencyId, async (db) => {
    const [row] = await db.select().from(mailOutbox).where(and(eq(mailOutbox.agencyId, staff.agencyId), eq(mailOutbox.id, id)));
    if (!row) throw notFound("Email not found");
    return { id: row.id, from: row.fromAddress, to: row.toAddress, subject: row.subject, text: row.text, html: row.html, createdAt: row.createdAt.toISOString() };
  });
}
