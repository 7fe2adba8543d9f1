import "server-only";
import { and, asc, eq, gt, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { scimGroupMembers, scimGroups, users } from "@/db/schema";
import { isUuid } from "@/lib/uuid";
import type { ScimResource } from "scim-patch";
import { applyGroupRoles } from "./apply-group-roles";
import { isUniqueViolation, type ScimContext } from "./context";
import { tenantUsers } from "./directory";
import { filterToSql, type AttributeColumn } from "./filter-to-sql";
import { normalisePatch } from "./normalise-patch";
import { cursorFor, pagingOf, rememberCursor } from "./page-cursor";
import { project } from "./project";
import { ScimError, scimJson } from "./scim-error";
import { applyPatch } from "./users";

const GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

type GroupRow = { id: string; displayName: string; externalId: string | null; createdAt: Date; updatedAt: Date };
type Member = { groupId: string; userId: string; name: string; email: string };

const groupColumns = {
  id: scimGroups.id,
  displayName: scimGroups.displayName,
  externalId: scimGroups.externalId,
  createdAt: scimGroups.createdAt,
  updatedAt: scimGroups.updatedAt,
};

function resolveGroupAttribute(path: string): AttributeColumn | null {
  if (path === "id") return { expr: sql`${scimGroups.id}::text`, caseInsensitive: false };
  if (path === "displayname") return { expr: sql`${scimGroups.displayName}`, caseInsensitive: true };
  if (path === "externalid") return { expr: sql`${scimGroups.externalId}`, caseInsensitive: false };
  if (path === "members" || path === "members.value")
    return {
      expr: sql`(select string_agg(m.user_id::text, ',') from scim_group_members m where m.group_id = ${scimGroups.id})`,
      caseInsensitive: false,
    };
  return null;
}

function toGroupResource(row: GroupRow, members: Member[] | null, base: string) {
  return {
    schemas: [GROUP_SCHEMA],
    id: row.id,
    ...(row.externalId !== null ? { externalId: row.externalId } : {}),
    displayName: row.displayName,
    ...(members
      ? {
          members: members
            .filter((m) => m.groupId === row.id)
            .map((m) => ({ value: m.userId, display: m.name || m.email, $ref: `${base}/Users/${m.userId}` })),
        }
      : {}),
    meta: {
      resourceType: "Group",
      created: row.createdAt.toISOString(),
      lastModified: row.updatedAt.toISOString(),
      location: `${base}/Groups/${row.id}`,
    },
  };
}

async function membersOf(tx: Tx, groupIds: string[]): Promise<Member[]> {
  if (groupIds.length === 0) return [];
  return tx
    .select({ groupId: scimGroupMembers.groupId, userId: users.id, name: users.name, email: users.email })
    .from(scimGroupMembers)
    .innerJoin(users, eq(users.id, scimGroupMembers.userId))
    .where(inArray(scimGroupMembers.groupId, groupIds))
    .orderBy(asc(users.id));
}

const wantsMembers = (url: URL) =>
  !(url.searchParams.get("excludedAttributes") ?? "")
    .toLowerCase()
    .split(",")
    .map((s) => s.trim())
    .includes("members");

async function findGroup(tx: Tx, ctx: ScimContext, id: string): Promise<GroupRow> {
  if (!isUuid(id)) throw new ScimError(404, "Group not found.");
  const [row] = await tx
    .select(groupColumns)
    .from(scimGroups)
    .where(and(eq(scimGroups.directoryId, ctx.dir.id), eq(scimGroups.id, id)));
  if (!row) throw new ScimError(404, "Group not found.");
  return row;
}

export async function listGroups(ctx: ScimContext): Promise<Response> {
  const { startIndex, count } = pagingOf(ctx.url);
  const filter = ctx.url.searchParams.get("filter");
  const mine = eq(scimGroups.directoryId, ctx.dir.id);
  const where: SQL = filter ? and(mine, filterToSql(filter, resolveGroupAttribute))! : mine;
  const key = `${ctx.dir.id}:groups:${filter ?? ""}`;
  return withTenant(ctx.dir.agencyId, async (tx) => {
    const [{ total }] = await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(scimGroups)
      .where(where);
    const after = cursorFor(key, startIndex);
    const rows =
      count === 0
        ? []
        : await tx
            .select(groupColumns)
            .from(scimGroups)
            .where(after ? and(where, gt(scimGroups.id, after)) : where)
            .orderBy(asc(scimGroups.id))
            .limit(count)
            .offset(after ? 0 : startIndex - 1);
    if (rows.length) rememberCursor(key, startIndex + rows.length, rows[rows.length - 1].id);
    const members = wantsMembers(ctx.url)
      ? await membersOf(
          tx,
          rows.map((r) => r.id),
        )
      : null;
    return scimJson({
      schemas: [LIST_SCHEMA],
      totalResults: Number(total),
      startIndex,
      itemsPerPage: rows.length,
      Resources: rows.map((r) => project(toGroupResource(r, members, ctx.base), ctx.url)),
    });
  });
}

export async function getGroup(ctx: ScimContext, id: string): Promise<Response> {
  const body = await withTenant(ctx.dir.agencyId, async (tx) => {
    const row = await findGroup(tx, ctx, id);
    return toGroupResource(row, wantsMembers(ctx.url) ? await membersOf(tx, [id]) : null, ctx.base);
  });
  return scimJson(project(body, ctx.url));
}

type GroupInput = { displayName: string; externalId: string | null; members: string[] };

function parseGroupInput(body: unknown): GroupInput {
  if (!body || typeof body !== "object") throw new ScimError(400, "The body must be a Group.", "invalidSyntax");
  const b = body as Record<string, unknown>;
  const displayName = b.displayName;
  if (typeof displayName !== "string" || !displayName.trim() || displayName.length > 256)
    throw new ScimError(400, "displayName is required.", "invalidValue");
  const members = b.members === undefined || b.members === null ? [] : b.members;
  if (!Array.isArray(members)) throw new ScimError(400, "members must be a list.", "invalidValue");
  const ids = members.map((m) => (m && typeof m === "object" ? (m as { value?: unknown }).value : undefined));
  if (ids.some((v) => typeof v !== "string")) throw new ScimError(400, "Each member needs a value.", "invalidValue");
  const externalId = typeof b.externalId === "string" ? b.externalId : null;
  return { displayName: displayName.trim(), externalId, members: [...new Set(ids as string[])] };
}

/** Sets a group's members to exactly these users of the tenant and re-applies roles to everyone touched. */
async function setMembers(tx: Tx, ctx: ScimContext, groupId: string, wanted: string[]) {
  if (wanted.some((id) => !isUuid(id)))
    throw new ScimError(400, "A member is not a user of this directory.", "invalidValue");
  const known = wanted.length
    ? await tx
        .select({ id: users.id })
        .from(users)
        .where(and(tenantUsers(ctx.dir), inArray(users.id, wanted)))
    : [];
  if (known.length !== wanted.length)
    throw new ScimError(400, "A member is not a user of this directory.", "invalidValue");
  const before = (
    await tx
      .select({ userId: scimGroupMembers.userId })
      .from(scimGroupMembers)
      .where(eq(scimGroupMembers.groupId, groupId))
  ).map((r) => r.userId);
  const removed = before.filter((id) => !wanted.includes(id));
  const added = wanted.filter((id) => !before.includes(id));
  if (removed.length)
    await tx
      .delete(scimGroupMembers)
      .where(and(eq(scimGroupMembers.groupId, groupId), inArray(scimGroupMembers.userId, removed)));
  if (added.length)
    await tx.insert(scimGroupMembers).values(added.map((userId) => ({ groupId, userId, agencyId: ctx.dir.agencyId })));
  await applyGroupRoles(tx, ctx.dir, ctx.actor, [...removed, ...added]);
}

function uniqueness<T>(run: () => Promise<T>): Promise<T> {
  return run().catch((error) => {
    if (isUniqueViolation(error))
      throw new ScimError(409, "A group with this displayName already exists.", "uniqueness");
    throw error;
  });
}

async function assertNameFree(tx: Tx, ctx: ScimContext, name: string, exceptId: string | null) {
  const [taken] = await tx
    .select({ id: scimGroups.id })
    .from(scimGroups)
    .where(
      and(
        eq(scimGroups.directoryId, ctx.dir.id),
        sql`lower(${scimGroups.displayName}) = ${name.toLowerCase()}`,
        exceptId ? ne(scimGroups.id, exceptId) : undefined,
      ),
    );
  if (taken) throw new ScimError(409, `A group named "${name}" already exists.`, "uniqueness");
}

export async function createGroup(ctx: ScimContext, body: unknown): Promise<Response> {
  const input = parseGroupInput(body);
  const resource = await uniqueness(() =>
    withTenant(ctx.dir.agencyId, async (tx) => {
      await assertNameFree(tx, ctx, input.displayName, null);
      const [row] = await tx
        .insert(scimGroups)
        .values({
          agencyId: ctx.dir.agencyId,
          directoryId: ctx.dir.id,
          displayName: input.displayName,
          externalId: input.externalId,
        })
        .returning(groupColumns);
      await setMembers(tx, ctx, row.id, input.members);
      return toGroupResource(row, await membersOf(tx, [row.id]), ctx.base);
    }),
  );
  return scimJson(project(resource, ctx.url), 201, { Location: `${ctx.base}/Groups/${resource.id}` });
}

async function writeGroup(tx: Tx, ctx: ScimContext, id: string, input: GroupInput) {
  await assertNameFree(tx, ctx, input.displayName, id);
  const [row] = await tx
    .update(scimGroups)
    .set({ displayName: input.displayName, externalId: input.externalId, updatedAt: new Date() })
    .where(and(eq(scimGroups.directoryId, ctx.dir.id), eq(scimGroups.id, id)))
    .returning(groupColumns);
  await setMembers(tx, ctx, id, input.members);
  return toGroupResource(row, await membersOf(tx, [id]), ctx.base);
}

export async function replaceGroup(ctx: ScimContext, id: string, body: unknown): Promise<Response> {
  const input = parseGroupInput(body);
  const resource = await uniqueness(() =>
    withTenant(ctx.dir.agencyId, async (tx) => {
      await findGroup(tx, ctx, id);
      return writeGroup(tx, ctx, id, input);
    }),
  );
  return scimJson(project(resource, ctx.url));
}

export async function patchGroup(ctx: ScimContext, id: string, body: unknown): Promise<Response> {
  const operations = normalisePatch(body);
  const resource = await uniqueness(() =>
    withTenant(ctx.dir.agencyId, async (tx) => {
      const row = await findGroup(tx, ctx, id);
      const current = toGroupResource(row, await membersOf(tx, [id]), ctx.base);
      // Members as bare {value}: Entra removes by value, and scim-patch matches the whole member object.
      const members = (current.members ?? []).map((m) => ({ value: m.value }));
      const patched = applyPatch({ ...current, members } as unknown as ScimResource, operations);
      return writeGroup(
        tx,
        ctx,
        id,
        parseGroupInput({ ...patched, externalId: (patched as { externalId?: unknown }).externalId }),
      );
    }),
  );
  // Entra expects 204 or 200 with the group; excludedAttributes applies either way.
  return scimJson(project(resource, ctx.url));
}

export async function deleteGroup(ctx: ScimContext, id: string): Promise<Response> {
  await withTenant(ctx.dir.agencyId, async (tx) => {
    await findGroup(tx, ctx, id);
    await setMembers(tx, ctx, id, []);
    await tx.delete(scimGroups).where(and(eq(scimGroups.directoryId, ctx.dir.id), eq(scimGroups.id, id)));
  });
  return new Response(null, { status: 204 });
}
