import "server-only";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { mailOutbox } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/uuid";
import { restoreOutboxSecret } from "./internal/outbox-secret";
import { outboxLinkFor } from "./outbox-link";

/**
 * One outbox email of this agency, to read in the console. Its reset or invitation link is put
 * back only for the viewer it is meant for (lib/mail/secret-audience.ts): an admin reading the
 * owner's reset email gets the email with the link hidden, not a way into the owner's account.
 */
export async function getOutboxMail(actor: Actor, id: string) {
  const staff = requireStaff(actor, "settings.manage");
  if (!isUuid(id)) throw notFound("Email not found");
  return withTenant(staff.agencyId, async (db) => {
    const [row] = await db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.agencyId, staff.agencyId), eq(mailOutbox.id, id)));
    if (!row) throw notFound("Email not found");
    const link = outboxLinkFor(staff, row);
    const shown = restoreOutboxSecret(row.id, row, row.secret, link.state === "visible");
    return {
      id: row.id,
      from: row.fromAddress,
      to: row.toAddress,
      ...shown,
      link,
      createdAt: row.createdAt.toISOString(),
    };
  });
}
