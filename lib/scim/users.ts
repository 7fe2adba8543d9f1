import "server-only";
import { and, asc, eq, gt, ne, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { scimUsers, users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { isUuid } from "@/lib/uuid";
import { scimPatch, type ScimPatchOperation, type ScimResource } from "scim-patch";
import { isUniqueViolation, type ScimContext } from "./context";
import { deprovision, reactivate } from "./deprovision";
import { startingRole, tenantUsers } from "./directory";
import { filterToSql } from "./filter-to-sql";
import { cursorFor, pagingOf, rememberCursor } from "./page-cursor";
import { normalisePatch } from "./normalise-patch";
import { project } from "./project";
import { ScimError, scimJson } from "./scim-error";
import {
  parseUserInput,
  resolveUserAttribute,
  storedEmail,
  toUserResource,
  userColumns,
  userNameExpr,
  type UserInput,
  type UserRow,
} from "./user-resource";

const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

function selectUsers(tx: Tx) {
  return tx.select(userColumns).from(users).leftJoin(scimUsers, eq(scimUsers.userId, users.id));
}

async function findUser(tx: Tx, ctx: ScimContext, id: string): Promise<UserRow> {
  // Another tenant's id, a removed user or no such id: the same 404.
  if (!isUuid(id)) throw new ScimError(404, "User not found.");
  const [row] = await selectUsers(tx).where(and(tenantUsers(ctx.dir), eq(users.id, id)));
  if (!row) throw new ScimError(404, "User not found.");
  return row as UserRow;
}

export async function listUsers(ctx: ScimContext): Promise<Response> {
  const { startIndex, count } = pagingOf(ctx.url);
  const filter = ctx.url.searchParams.get("filter");
  const where: SQL = filter
    ? and(tenantUsers(ctx.dir), filterToSql(filter, resolveUserAttribute))!
    : tenantUsers(ctx.dir);
  const key = `${ctx.dir.id}:users:${filter ?? ""}`;
  return withTenant(ctx.dir.agencyId, async (tx) => {
    const [{ total }] = await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(users)
      .leftJoin(scimUsers, eq(scimUsers.userId, users.id))
      .where(where);
    const after = cursorFor(key, startIndex);
    const rows =
      count === 0
        ? []
        : ((await selectUsers(tx)
            .where(after ? and(where, gt(users.id, after)) : where)
            .orderBy(asc(users.id))
            .limit(count)
            .offset(after ? 0 : startIndex - 1)) as UserRow[]);
    if (rows.length) rememberCursor(key, startIndex + rows.length, rows[rows.length - 1].id);
    return scimJson({
      schemas: [LIST_SCHEMA],
      totalResults: Number(total),
      startIndex,
      itemsPerPage: rows.length,
      Resources: rows.map((r) => project(toUserResource(r, ctx.base), ctx.url)),
    });
  });
}

export async function getUser(ctx: ScimContext, id: string): Promise<Response> {
  const row = await withTenant(ctx.dir.agencyId, (tx) => findUser(tx, ctx, id));
  return scimJson(project(toUserResource(row, ctx.base), ctx.url));
}

async function assertUserNameFree(tx: Tx, ctx: ScimContext, userName: string, exceptId: string | null) {
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .leftJoin(scimUsers, eq(scimUsers.userId, users.id))
    .where(
      and(
        tenantUsers(ctx.dir),
        sql`lower(${userNameExpr}) = ${userName.toLowerCase()}`,
        exceptId ? ne(users.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (taken) throw new ScimError(409, `userName "${userName}" is already taken.`, "uniqueness");
}

function uniqueness<T>(run: () => Promise<T>): Promise<T> {
  return run().catch((error) => {
    if (isUniqueViolation(error))
      throw new ScimError(409, "A user with this userName or email already exists.", "uniqueness");
    throw error;
  });
}

export async function createUser(ctx: ScimContext, body: unknown): Promise<Response> {
  const input = parseUserInput(body);
  const row = await uniqueness(() =>
    withTenant(ctx.dir.agencyId, async (tx) => {
      await assertUserNameFree(tx, ctx, input.userName, null);
      const id = crypto.randomUUID();
      await tx.insert(users).values({
        id,
        agencyId: ctx.dir.agencyId,
        kind: ctx.dir.clientId ? "client" : "agency",
        clientId: ctx.dir.clientId,
        email: storedEmail(input, id),
        name: input.displayName,
        role: startingRole(ctx.dir),
        status: input.active ? "active" : "deactivated",
      });
      await tx.insert(scimUsers).values({
        userId: id,
        agencyId: ctx.dir.agencyId,
        directoryId: ctx.dir.id,
        userName: input.userName,
        externalId: input.externalId,
        attributes: input.attributes,
      });
      await emitAudit(tx, ctx.dir.agencyId, ctx.actor, {
        action: "user_provisioned",
        target: { type: "user", id },
        clientId: ctx.dir.clientId,
        details: { userName: input.userName, active: input.active },
      });
      return findUser(tx, ctx, id);
    }),
  );
  const resource = toUserResource(row, ctx.base);
  return scimJson(project(resource, ctx.url), 201, { Location: `${ctx.base}/Users/${row.id}` });
}

/** PUT and PATCH end here: the whole new state, with deprovisioning/reactivation on `active`. */
async function writeUser(tx: Tx, ctx: ScimContext, before: UserRow, input: UserInput) {
  await assertUserNameFree(tx, ctx, input.userName, before.id);
  const email = before.email.endsWith("@scim.invalid") && !input.email ? before.email : storedEmail(input, before.id);
  await tx
    .update(users)
    .set({ email, name: input.displayName })
    .where(and(eq(users.agencyId, ctx.dir.agencyId), eq(users.id, before.id)));
  await tx
    .insert(scimUsers)
    .values({
      userId: before.id,
      agencyId: ctx.dir.agencyId,
      directoryId: ctx.dir.id,
      userName: input.userName,
      externalId: input.externalId,
      attributes: input.attributes,
    })
    .onConflictDoUpdate({
      target: scimUsers.userId,
      set: {
        userName: input.userName,
        externalId: input.externalId,
        attributes: input.attributes,
        updatedAt: new Date(),
      },
    });
  const [current] = await tx.select({ role: users.role }).from(users).where(eq(users.id, before.id));
  const target = { id: before.id, email: before.email, role: current.role, status: before.status };
  if (before.status === "active" && !input.active) await deprovision(tx, ctx.dir, ctx.actor, target, "deactivated");
  if (before.status !== "active" && input.active) await reactivate(tx, ctx.dir, ctx.actor, target);
  return findUser(tx, ctx, before.id);
}

export async function replaceUser(ctx: ScimContext, id: string, body: unknown): Promise<Response> {
  const input = parseUserInput(body);
  const row = await uniqueness(() =>
    withTenant(ctx.dir.agencyId, async (tx) => writeUser(tx, ctx, await findUser(tx, ctx, id), input)),
  );
  return scimJson(project(toUserResource(row, ctx.base), ctx.url));
}

export async function patchUser(ctx: ScimContext, id: string, body: unknown): Promise<Response> {
  const operations = normalisePatch(body);
  const row = await uniqueness(() =>
    withTenant(ctx.dir.agencyId, async (tx) => {
      const before = await findUser(tx, ctx, id);
      const resource = toUserResource(before, ctx.base) as unknown as ScimResource;
      const patched = applyPatch(resource, operations);
      return writeUser(tx, ctx, before, parseUserInput(patched));
    }),
  );
  return scimJson(project(toUserResource(row, ctx.base), ctx.url));
}

export function applyPatch(resource: ScimResource, operations: ScimPatchOperation[]): ScimResource {
  try {
    return scimPatch(resource, operations, { mutateDocument: false, treatMissingAsAdd: true });
  } catch (error) {
    const name = (error as { name?: string; constructor?: { name?: string } })?.constructor?.name ?? "";
    if (name === "NoTarget") throw new ScimError(400, "The patch path matches nothing.", "noTarget");
    throw new ScimError(400, `The patch is not valid: ${(error as Error).message}`.slice(0, 300), "invalidValue");
  }
}

export async function deleteUser(ctx: ScimContext, id: string): Promise<Response> {
  await withTenant(ctx.dir.agencyId, async (tx) => {
    const before = await findUser(tx, ctx, id);
    const [current] = await tx.select({ role: users.role }).from(users).where(eq(users.id, id));
    await deprovision(tx, ctx.dir, ctx.actor, { ...before, role: current.role }, "removed");
  });
  return new Response(null, { status: 204 });
}
