import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { mailOutbox } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { ListParams, pageOf } from "@/lib/dal/internal/list-params";
import { parseInput } from "@/lib/validation";
import { outboxLinkFor } from "./outbox-link";

/**
 * The development outbox of this agency, newest first (owner/admin): subject, recipient, time,
 * and whether the viewer may open the email's link (never the link itself).
 */
export async function listOutbox(actor: Actor, raw: unknown = {}) {
  const staff = requireStaff(actor, "settings.manage");
  const params = parseInput(ListParams, raw);
  return withTenant(staff.agencyId, async (db) => {
    const after = params.cursor
      ? sql`(${mailOutbox.createdAt}, ${mailOutbox.id}) < (select m.created_at, m.id from mail_outbox m where m.id = ${params.cursor})`
      : undefined;
    const rows = await db
      .select({
        id: mailOutbox.id,
        to: mailOutbox.toAddress,
        subject: mailOutbox.subject,
        createdAt: mailOutbox.createdAt,
        secret: mailOutbox.secret,
        secretAudience: mailOutbox.secretAudience,
      })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.agencyId, staff.agencyId), after))
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(params.limit + 1);
    const page = pageOf(rows, params.limit);
    return {
      items: page.items.map((r) => ({
        id: r.id,
        to: r.to,
        subject: r.subject,
        link: outboxLinkFor(staff, r),
        createdAt: r.createdAt.toISOString(),
      })),
      nextCursor: page.nextCursor,
    };
  });
}
