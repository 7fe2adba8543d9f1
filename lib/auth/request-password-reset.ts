import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { clients, passwordResets, users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import type { RequestMeta } from "@/lib/authz/actor";
import { getMailBrand } from "@/lib/dal/agencies/get-mail-brand";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { passwordResetEmail } from "@/lib/mail/templates/password-reset-email";
import { ssoOnlyEmail } from "@/lib/mail/templates/sso-only-email";
import { isSsoOnly, mayBreakGlass } from "@/lib/sso/sso-only";
import { isStorableText } from "@/lib/storable-text";
import { allowResetRequest } from "./account-throttle";
import { hostAudience } from "./host-agency";
import { newLinkToken } from "./tokens";

export const RESET_TTL_MS = 60 * 60 * 1000;

/**
 * Mails a one-hour, single-use reset link to the account with this email on this host (staff
 * on the console, the agency's client users on its portal). The caller always shows the same
 * answer, and the email is sent without being awaited, so neither words nor timing tell whether
 * the account exists. `delivered` lets tests wait for the mail.
 */
export async function requestPasswordReset(
  rawEmail: string,
  host: string | null,
  meta: RequestMeta,
): Promise<{ delivered: Promise<unknown> }> {
  const email = rawEmail.trim().toLowerCase();
  const none = { delivered: Promise.resolve() };
  if (!email.includes("@") || email.length > 320 || !isStorableText(email)) return none;
  if (!(await allowResetRequest(email, meta.ip))) return none;
  const accounts = await findAccounts(email, host);
  const deliveries: Promise<unknown>[] = [];
  for (const account of accounts) {
    // SSO-only members (SPEC §11) get no link, which the reset would refuse anyway: the mail tells
    // them to use single sign-on, and the page still answers the same, so nothing is revealed.
    if (!mayBreakGlass(account) && (await isSsoOnly(await getDb(), account.agencyId, account.clientId))) {
      deliveries.push(mailSsoOnly(account));
      continue;
    }
    const { token, tokenHash } = newLinkToken();
    const expiresAt = new Date(Date.now() + RESET_TTL_MS);
    const brand = await withTenant(account.agencyId, async (tx) => {
      // A new link supersedes any earlier one still unused.
      await tx
        .update(passwordResets)
        .set({ usedAt: new Date() })
        .where(and(eq(passwordResets.userId, account.id), isNull(passwordResets.usedAt)));
      await tx.insert(passwordResets).values({ userId: account.id, tokenHash, expiresAt });
      await emitAudit(
        tx,
        account.agencyId,
        { type: "user", id: account.id, email: account.email, ip: meta.ip, userAgent: meta.userAgent },
        {
          action: "password_reset_requested",
          target: { type: "user", id: account.id },
          clientId: account.clientId,
        },
      );
      return getMailBrand(tx, account.agencyId, account.kind === "client" ? "client" : "staff");
    });
    deliveries.push(
      deliverMail(brand, account.email, passwordResetEmail(brand, { token, expiresAt, userId: account.id })).catch(
        (error) => console.error("[mail] reset delivery failed", error instanceof Error ? error.message : error),
      ),
    );
  }
  return { delivered: Promise.all(deliveries) };
}

async function mailSsoOnly(account: { agencyId: string; email: string; kind: string }) {
  try {
    const brand = await withTenant(account.agencyId, (tx) =>
      getMailBrand(tx, account.agencyId, account.kind === "client" ? "client" : "staff"),
    );
    await deliverMail(brand, account.email, ssoOnlyEmail(brand));
  } catch (error) {
    console.error("[mail] sso-only notice failed", error instanceof Error ? error.message : error);
  }
}

async function findAccounts(email: string, host: string | null) {
  const audience = await hostAudience(host);
  if (audience.kind === "unknown") return [];
  const db = await getDb();
  const base = db
    .select({
      id: users.id,
      agencyId: users.agencyId,
      email: users.email,
      kind: users.kind,
      role: users.role,
      clientId: users.clientId,
    })
    .from(users)
    .leftJoin(clients, eq(clients.id, users.clientId));
  const active = and(sql`lower(${users.email}) = ${email}`, eq(users.status, "active"));
  if (audience.kind === "console") return base.where(and(active, eq(users.kind, "agency"))).limit(5);
  return base
    .where(and(active, eq(users.kind, "client"), eq(users.agencyId, audience.agency.id), isNull(clients.archivedAt)))
    .limit(1);
}
