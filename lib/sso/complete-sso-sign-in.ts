import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { aiAgents, clients, ssoConnections, ssoIdentities, userAgentAssignments, users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { openHandedOffSession } from "@/lib/auth/open-handed-off-session";
import { loginRetryAfter, recordLoginFailure, recordLoginSuccess } from "@/lib/auth/login-throttle";
import type { RequestMeta } from "@/lib/authz/actor";
import type { SsoConnection } from "./find-connection";
import { mappedAccess } from "./mapped-role";
import { SsoFailure, type SsoClaims } from "./sso-claims";

export type SsoSignInResult = { ok: true; handoffToken: string; userId: string } | { ok: false; reason: string };

/**
 * Ends every SSO sign-in, OIDC or SAML alike (SPEC §11): the connection's authority over the
 * email, the (connection, subject) link, JIT provisioning and group → role mapping, then the same
 * server-side session, throttle and audit as a password sign-in. The session row carries a
 * single-use hand-off token that the Auth.js "preview-handoff" step turns into the cookie.
 * Any refusal rolls everything back (nothing created or linked) and is written as `login_failed`.
 */
export async function completeSsoSignIn(
  connection: SsoConnection,
  claims: SsoClaims,
  meta: RequestMeta,
): Promise<SsoSignInResult> {
  const throttleKey = claims.email ?? `sso:${connection.id}:${claims.subject}`;
  if ((await loginRetryAfter(throttleKey, meta.ip)) > 0)
    return refuse(connection, claims, meta, new SsoFailure("throttled"));
  try {
    const done = await withTenant(connection.agencyId, (tx) => signIn(tx, connection, claims, meta));
    await recordLoginSuccess(throttleKey, meta.ip);
    return { ok: true, ...done };
  } catch (error) {
    if (!(error instanceof SsoFailure)) throw error;
    await recordLoginFailure(throttleKey, meta.ip);
    return refuse(connection, claims, meta, error);
  }
}

async function signIn(tx: Tx, connection: SsoConnection, claims: SsoClaims, meta: RequestMeta) {
  const forClient = connection.clientId !== null;
  if (forClient) {
    const [client] = await tx
      .select({ portalAccess: clients.portalAccess, archivedAt: clients.archivedAt })
      .from(clients)
      .where(eq(clients.id, connection.clientId!));
    if (!client || client.archivedAt) throw new SsoFailure("unknown_tenant");
    if (client.portalAccess !== "enabled") throw new SsoFailure("portal_suspended");
  }
  const inTenant = (u: { kind: string; clientId: string | null }) =>
    forClient ? u.kind === "client" && u.clientId === connection.clientId : u.kind === "agency";

  const [linked] = await tx
    .select({ user: users })
    .from(ssoIdentities)
    .innerJoin(users, eq(users.id, ssoIdentities.userId))
    .where(and(eq(ssoIdentities.connectionId, connection.id), eq(ssoIdentities.subject, claims.subject)));
  let user = linked?.user;
  let provisioned = false;
  if (user) {
    if (user.status !== "active") throw new SsoFailure("user_deactivated");
    if (!inTenant(user)) throw new SsoFailure("not_in_tenant");
  } else {
    if (!claims.email) throw new SsoFailure("no_email");
    const domain = claims.email.split("@")[1] ?? "";
    const ownDomain = connection.domains.includes(domain);
    const [existing] = await tx
      .select()
      .from(users)
      .where(
        and(
          eq(users.agencyId, connection.agencyId),
          sql`lower(${users.email}) = ${claims.email}`,
          eq(users.status, "active"),
        ),
      );
    if (existing) {
      // A client's IdP never signs in staff or another client's users, whatever email it asserts.
      if (!inTenant(existing)) throw new SsoFailure("not_in_tenant");
      const [other] = await tx
        .select({ id: ssoIdentities.id })
        .from(ssoIdentities)
        .where(and(eq(ssoIdentities.connectionId, connection.id), eq(ssoIdentities.userId, existing.id)));
      // The user is already linked to another subject of this IdP: an email alone never re-links.
      if (other) throw new SsoFailure("identity_mismatch");
      user = existing;
    } else {
      if (!ownDomain) throw new SsoFailure("email_domain_not_allowed");
      if (!connection.jitProvisioning) throw new SsoFailure("unknown_user");
      const role = mappedAccess(claims.groups, connection.groupRoles, forClient).role ?? connection.defaultRole;
      [user] = await tx
        .insert(users)
        .values({
          agencyId: connection.agencyId,
          kind: forClient ? "client" : "agency",
          clientId: connection.clientId,
          email: claims.email,
          name: claims.name?.slice(0, 200) ?? "",
          role,
        })
        .returning();
      provisioned = true;
    }
    await tx.insert(ssoIdentities).values({
      agencyId: connection.agencyId,
      connectionId: connection.id,
      subject: claims.subject,
      userId: user!.id,
    });
  }
  const signedIn = user!;
  await applyGroups(tx, connection, signedIn, claims, forClient);
  if (provisioned)
    await emitAudit(tx, connection.agencyId, auditActor(signedIn.id, signedIn.email, meta), {
      action: "user_provisioned",
      target: { type: "user", id: signedIn.id },
      clientId: connection.clientId,
      details: { method: "sso", connectionId: connection.id, role: signedIn.role },
    });

  const handoffToken = await openHandedOffSession(tx, signedIn, "sso", meta);
  await emitAudit(tx, connection.agencyId, auditActor(signedIn.id, signedIn.email, meta), {
    action: "login_succeeded",
    target: { type: "user", id: signedIn.id },
    clientId: connection.clientId,
    details: { method: "sso", connectionId: connection.id },
  });
  return { handoffToken, userId: signedIn.id };
}

/**
 * Group → role (and, for a client, AI agents) at every sign-in. An owner's role is never changed
 * by an IdP: ownership moves only by transfer, so the last owner can never be demoted this way.
 */
async function applyGroups(
  tx: Tx,
  connection: SsoConnection,
  user: typeof users.$inferSelect,
  claims: SsoClaims,
  forClient: boolean,
) {
  const mapped = mappedAccess(claims.groups, connection.groupRoles, forClient);
  if (mapped.role && mapped.role !== user.role && user.role !== "owner") {
    await tx.update(users).set({ role: mapped.role }).where(eq(users.id, user.id));
    user.role = mapped.role;
  }
  if (forClient && mapped.mapsAgents) {
    const agents = mapped.agentIds.length
      ? await tx
          .select({ id: aiAgents.id })
          .from(aiAgents)
          .where(and(eq(aiAgents.clientId, connection.clientId!), inArray(aiAgents.id, mapped.agentIds)))
      : [];
    await tx.delete(userAgentAssignments).where(eq(userAgentAssignments.userId, user.id));
    if (agents.length)
      await tx.insert(userAgentAssignments).values(agents.map((a) => ({ userId: user.id, agentId: a.id })));
  }
}

function auditActor(id: string | null, email: string | null, meta: RequestMeta) {
  return { type: "user" as const, id, email, ip: meta.ip, userAgent: meta.userAgent };
}

/** Writes the refusal in its own transaction (the sign-in's was rolled back) and says why. */
export async function refuse(
  connection: SsoConnection,
  claims: Partial<SsoClaims> | null,
  meta: RequestMeta,
  failure: SsoFailure,
): Promise<{ ok: false; reason: string }> {
  await withTenant(connection.agencyId, async (tx) => {
    await emitAudit(tx, connection.agencyId, auditActor(null, claims?.email ?? null, meta), {
      action: "login_failed",
      target: { type: "user", id: null },
      outcome: failure.reason === "portal_suspended" ? "denied" : "failure",
      clientId: connection.clientId,
      details: {
        method: "sso",
        connectionId: connection.id,
        reason: failure.reason,
        ...(failure.detail ? { detail: failure.detail } : {}),
        ...(claims?.email ? { email: claims.email } : {}),
        ...(claims?.subject ? { subject: claims.subject } : {}),
      },
    });
  });
  return { ok: false, reason: failure.reason };
}

class DryRun extends Error {
  constructor(readonly userId: string) {
    super("dry run");
  }
}

/**
 * "Test sign-in": the whole decision (authority, link, JIT, roles) in a transaction that is always
 * rolled back, so the admin learns whether this person would get in, and nothing changes.
 */
export async function dryRunSsoSignIn(connection: SsoConnection, claims: SsoClaims, meta: RequestMeta) {
  try {
    await withTenant(connection.agencyId, async (tx) => {
      const done = await signIn(tx, connection, claims, meta);
      throw new DryRun(done.userId);
    });
  } catch (error) {
    if (error instanceof DryRun) return { ok: true as const };
    if (error instanceof SsoFailure) return { ok: false as const, reason: error.reason };
    throw error;
  }
  return { ok: false as const, reason: "unknown" };
}

/** A successful console "Test sign-in": the connection may now be made SSO-only. */
export async function markTested(connection: SsoConnection) {
  await withTenant(connection.agencyId, (tx) =>
    tx.update(ssoConnections).set({ lastTestedAt: new Date() }).where(eq(ssoConnections.id, connection.id)),
  );
}
