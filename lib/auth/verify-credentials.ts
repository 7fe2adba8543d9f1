import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { agencies, agencyDomains, clients, users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import type { RequestMeta } from "@/lib/authz/actor";
import { getConfig } from "@/lib/config";
import { classifyHost } from "@/lib/hosts";
import { isSsoOnly, mayBreakGlass } from "@/lib/sso/sso-only";
import { isStorableText } from "@/lib/storable-text";
import { createSession } from "./create-session";
import { openSignInChallenge } from "./mfa/open-sign-in-challenge";
import { hasSecondFactor, policyRequiresMfa, secondFactorState } from "./mfa/second-factor-state";
import { recordLoginFailure, recordLoginSuccess, loginRetryAfter } from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";

export type CredentialsResult =
  | { ok: true; sessionId: string; userId: string }
  | { ok: false; reason: "invalid" | "suspended" | "throttled" | "sso_required"; retryAfter?: number }
  | { ok: false; reason: "mfa_required"; challengeToken: string };

/**
 * Checks an email and password on the host they were typed on: staff on the app host, client
 * users on their own agency's portal host. Every failure that could reveal whether an account
 * exists answers "invalid", after the same argon2 work.
 */
export async function verifyCredentials(input: {
  email: string;
  password: string;
  host: string | null;
  meta: RequestMeta;
}): Promise<CredentialsResult> {
  const email = input.email.trim().toLowerCase();
  // No account has an email with NUL or control characters, and the throttle, lookup and audit
  // below would fail on one: it is simply a wrong sign-in.
  if (!isStorableText(email)) return { ok: false, reason: "invalid" };
  const retryAfter = await loginRetryAfter(email, input.meta.ip);
  if (retryAfter > 0) return { ok: false, reason: "throttled", retryAfter };

  const candidates = await findCandidates(email, input.host);
  let matched: (typeof candidates)[number] | undefined;
  for (const c of candidates) {
    if (c.passwordHash && (await verifyPassword(c.passwordHash, input.password))) {
      matched = c;
      break;
    }
  }
  if (candidates.length === 0) await verifyPassword(await dummyPasswordHash(), input.password);

  const actor = (id: string | null) => ({
    type: "user" as const,
    id,
    email,
    ip: input.meta.ip,
    userAgent: input.meta.userAgent,
  });
  if (!matched) {
    await recordLoginFailure(email, input.meta.ip);
    const agencyId = candidates[0]?.agencyId ?? (await portalAgencyId(input.host));
    if (agencyId) {
      await withTenant(agencyId, (tx) =>
        emitAudit(tx, agencyId, actor(candidates[0]?.id ?? null), {
          action: "login_failed",
          target: { type: "user", id: candidates[0]?.id ?? null },
          outcome: "failure",
          clientId: candidates[0]?.clientId ?? null,
          details: { email, step: "password", reason: "invalid_credentials" },
        }),
      );
    }
    return { ok: false, reason: "invalid" };
  }
  // A refusal of the right password (paused portal, SSO-only, break-glass without a factor), audited as denied.
  const refuseMatched = (reason: string) =>
    withTenant(matched.agencyId, (tx) =>
      emitAudit(tx, matched.agencyId, actor(matched.id), {
        action: "login_failed",
        target: { type: "user", id: matched.id },
        outcome: "denied",
        clientId: matched.clientId,
        details: { email, step: "password", reason },
      }),
    );
  if (matched.kind === "client" && matched.portalAccess !== "enabled") {
    await refuseMatched("portal_suspended");
    return { ok: false, reason: "suspended" };
  }
  // SSO-only tenants (SPEC §11): told only after the right password, so it reveals nothing more
  // than the login page's single sign-on offer; the agency's owners keep a break-glass password.
  const db = await getDb();
  const ssoOnly = await isSsoOnly(db, matched.agencyId, matched.clientId);
  const breakGlass = ssoOnly && mayBreakGlass(matched);
  if (ssoOnly && !breakGlass) {
    await refuseMatched("sso_only");
    return { ok: false, reason: "sso_required" };
  }
  // A second factor is due when the user has one, when a policy requires one (then it is enrolled
  // at this step), and always for break-glass, which an owner without a factor cannot use.
  const factors = await secondFactorState(db, matched.id);
  if (breakGlass && !hasSecondFactor(factors)) {
    await refuseMatched("break_glass_without_mfa");
    return { ok: false, reason: "sso_required" };
  }
  if (breakGlass || hasSecondFactor(factors) || (await policyRequiresMfa(db, matched))) {
    await recordLoginSuccess(email, input.meta.ip);
    const challengeToken = await withTenant(matched.agencyId, (tx) => openSignInChallenge(tx, matched, breakGlass));
    return { ok: false, reason: "mfa_required", challengeToken };
  }
  await recordLoginSuccess(email, input.meta.ip);
  // The account's agency is known from here on: its writes run as that tenant.
  const sessionId = await withTenant(matched.agencyId, async (tx) => {
    const id = await createSession(tx, matched.id, matched.sessionVersion, input.meta);
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, matched.id));
    await emitAudit(tx, matched.agencyId, actor(matched.id), {
      action: "login_succeeded",
      target: { type: "user", id: matched.id },
      clientId: matched.clientId,
      ...(breakGlass ? { details: { method: "password", breakGlass: true } } : {}),
    });
    return id;
  });
  return { ok: true, sessionId, userId: matched.id };
}

async function findCandidates(email: string, host: string | null) {
  const config = getConfig();
  const where = classifyHost(host, config.appHost, config.portalRootDomain);
  const db = await getDb();
  const base = db
    .select({
      id: users.id,
      agencyId: users.agencyId,
      kind: users.kind,
      clientId: users.clientId,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      role: users.role,
      portalAccess: clients.portalAccess,
    })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .leftJoin(clients, eq(clients.id, users.clientId));
  const active = and(sql`lower(${users.email}) = ${email}`, eq(users.status, "active"));
  if (where.kind === "app") return base.where(and(active, eq(users.kind, "agency"))).limit(5);
  const agencyMatch =
    where.kind === "portal"
      ? sql`lower(${agencies.slug}) = ${where.slug}`
      : sql`${agencies.id} in (select ${agencyDomains.agencyId} from ${agencyDomains} where ${agencyDomains.domain} = ${where.host} and ${agencyDomains.verifiedAt} is not null)`;
  return base.where(and(active, eq(users.kind, "client"), agencyMatch, sql`${clients.archivedAt} is null`)).limit(1);
}

async function portalAgencyId(host: string | null): Promise<string | null> {
  const config = getConfig();
  const where = classifyHost(host, config.appHost, config.portalRootDomain);
  if (where.kind !== "portal") return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(sql`lower(${agencies.slug}) = ${where.slug}`);
  return row?.id ?? null;
}
