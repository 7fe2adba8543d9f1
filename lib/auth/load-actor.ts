import "server-only";
import { actorAssignmentColumns, actorClientColumns } from "./actor-columns";
import { textArray } from "@/db/rows";
import { eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { agencies, clients, sessions, users } from "@/db/schema";
import type { Actor, ClientActor, RequestMeta } from "@/lib/authz/actor";
import { isClientRole, type ClientRole } from "@/lib/authz/client-roles";
import type { StoredPermissions } from "@/lib/authz/permission-keys";
import { resolveClientUser, resolveStaff, scopeIncludes } from "@/lib/authz/resolve";
import { isStaffRole } from "@/lib/authz/staff-roles";
import { valuesOf } from "@/lib/authz/stored-permissions";
import { getConfig } from "@/lib/config";
import { classifyHost } from "@/lib/hosts";

/**
 * Session → user → agency → client → assignments in ONE query, on every request: a removed
 * user, a changed role, a suspended portal or a bumped session version takes effect on the very
 * next request, whatever the JWT says.
 */
export type ActorResult =
  { ok: true; actor: Actor; versions?: PageVersions } | { ok: false; reason: "signed_out" | "suspended" };

/**
 * What a client's portal pages are rendered from besides the actor, read in the same query: the
 * page cache keys on them (lib/page-cache) at no extra round trip. `data`: the client's data
 * version, raised by triggers (migration 0025); `branding`: a digest of the agency's branding.
 */
export type PageVersions = { data: number; branding: string };

export async function loadActor(
  db: Queryable,
  sessionId: string,
  host: string | null,
  meta: RequestMeta,
): Promise<ActorResult> {
  const row = await selectActorRow(db, sessionId, host);
  const actor = row ? actorOfRow(row, sessionId, host, meta) : null;
  if (actor === "suspended") return { ok: false, reason: "suspended" };
  if (!actor || !row) return { ok: false, reason: "signed_out" };
  return { ok: true, actor, versions: { data: Number(row.clientDataVersion ?? 0), branding: row.brandingVersion } };
}

type ActorRow = NonNullable<Awaited<ReturnType<typeof selectActorRow>>>;

async function selectActorRow(db: Queryable, sessionId: string, host: string | null) {
  const [row] = await db
    .select({
      sessionVersion: sessions.userSessionVersion,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      previewRole: sessions.previewRole,
      previewClientId: sessions.previewClientId,
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        kind: users.kind,
        role: users.role,
        status: users.status,
        sessionVersion: users.sessionVersion,
      },
      agency: { id: agencies.id, slug: agencies.slug, name: agencies.name },
      client: { ...actorClientColumns },
      ...actorAssignmentColumns,
      clientDataVersion: clients.dataVersion,
      brandingVersion: sql<string>`md5(concat_ws('|', ${agencies.name}, ${agencies.slug}, ${agencies.primaryColor}, ${agencies.logoPath}, ${agencies.faviconPath}, ${agencies.supportEmail}))`,
      onCustomDomain: sql<boolean>`exists(select 1 from agency_domains d where d.agency_id = ${agencies.id} and d.domain = ${(host ?? "").toLowerCase()} and d.verified_at is not null)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    // A client user's own client, or the client a staff preview session looks at.
    .leftJoin(clients, sql`${clients.id} = coalesce(${sessions.previewClientId}, ${users.clientId})`)
    .where(eq(sessions.id, sessionId));
  return row ?? null;
}

function actorOfRow(
  row: ActorRow,
  sessionId: string,
  host: string | null,
  meta: RequestMeta,
): Actor | "suspended" | null {
  // Suspension ends a client's sessions (revoke-client-sessions.ts); until the portal is
  // restored, such a cookie still earns the "contact your agency" notice, and nothing more — and
  // only a current user's: a removed user's old cookie learns nothing about the portal.
  const c0 = row.client;
  const current = row.user.status === "active";
  if (
    row.user.kind === "client" &&
    current &&
    !row.previewClientId &&
    c0 &&
    !c0.archivedAt &&
    c0.portalAccess !== "enabled"
  )
    return "suspended";
  if (row.revokedAt || row.expiresAt.getTime() < Date.now()) return null;
  if (row.user.status !== "active" || row.sessionVersion !== row.user.sessionVersion) return null;

  const config = getConfig();
  const where = classifyHost(host, config.appHost, config.portalRootDomain);
  const base = {
    userId: row.user.id,
    email: row.user.email,
    name: row.user.name,
    sessionId,
    meta,
    agencyId: row.agency.id,
    agencySlug: row.agency.slug,
    agencyName: row.agency.name,
  };
  const onOwnPortal =
    (where.kind === "portal" && where.slug === row.agency.slug.toLowerCase()) ||
    (where.kind === "custom" && row.onCustomDomain);
  const c = row.client;
  if (row.user.kind === "agency") {
    if (!isStaffRole(row.user.role)) return null;
    const assignedClientIds = textArray(row.staffClientIds);
    const resolved = resolveStaff({ role: row.user.role, assignedClientIds });
    if (!row.previewClientId) {
      // A staff cookie is only honoured on the console host.
      return where.kind === "app"
        ? { ...base, kind: "agency", role: row.user.role, assignedClientIds, resolved }
        : null;
    }
    // A preview lives on the portal host and only while the staff member may still edit the client.
    const mayEdit = resolved.capabilities.has("client.edit") && scopeIncludes(resolved.editScope, row.previewClientId);
    if (!onOwnPortal || !c || c.archivedAt || !mayEdit || !row.previewRole || !isClientRole(row.previewRole))
      return null;
    return clientActor(base, row.previewRole, c, [], { staffUserId: row.user.id, staffEmail: row.user.email });
  }
  if (row.previewClientId || !c || c.archivedAt || !isClientRole(row.user.role)) return null;
  if (c.portalAccess !== "enabled") return "suspended";
  if (!onOwnPortal) return null;
  return clientActor(base, row.user.role, c, textArray(row.agentIds));
}

type ClientRow = {
  id: string;
  name: string;
  permissions: StoredPermissions;
  clientAdminsManageUsers: boolean;
  timeZone: string;
};

export function clientActor(
  base: Omit<
    ClientActor,
    | "kind"
    | "role"
    | "clientId"
    | "clientName"
    | "assignedAgentIds"
    | "toggles"
    | "clientAdminsManageUsers"
    | "timeZone"
    | "resolved"
    | "preview"
  >,
  role: ClientRole,
  c: ClientRow,
  assignedAgentIds: string[],
  preview?: ClientActor["preview"],
): ClientActor {
  const toggles = valuesOf(c.permissions);
  return {
    ...base,
    kind: "client",
    role,
    clientId: c.id,
    clientName: c.name,
    assignedAgentIds,
    toggles,
    preview,
    clientAdminsManageUsers: c.clientAdminsManageUsers,
    timeZone: c.timeZone,
    resolved: resolveClientUser({
      role,
      toggles,
      assignedAgentIds,
      clientAdminsManageUsers: c.clientAdminsManageUsers,
    }),
  };
}
