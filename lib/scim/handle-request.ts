import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { scimDirectories, scimRequests } from "@/db/schema";
import { hostAudience } from "@/lib/auth/host-agency";
import { metaFromHeaders } from "@/lib/auth/request-meta";
import type { ScimContext } from "./context";
import { scimActor, type ScimDirectory } from "./directory";
import { listOf, resourceTypes, schemas, serviceProviderConfig } from "./discovery";
import { findDirectoryByToken } from "./find-directory";
import { createGroup, deleteGroup, getGroup, listGroups, patchGroup, replaceGroup } from "./groups";
import { ScimError, scimErrorResponse, scimJson } from "./scim-error";
import { createUser, deleteUser, getUser, listUsers, patchUser, replaceUser } from "./users";

const MAX_BODY = 1024 * 1024;
const KEEP_REQUESTS = 100;

/**
 * Every SCIM request: the bearer token names the directory, which must belong to this host's tenant
 * (the console host for staff, the agency's portal host for a client) — else 401. Resource names
 * are matched case-insensitively. Each request is logged (method, path, status, outcome; no body).
 */
export async function handleScimRequest(request: Request, segments: string[]): Promise<Response> {
  const url = new URL(request.url);
  const host = request.headers.get("host");
  const auth = request.headers.get("authorization") ?? "";
  const token = /^bearer\s+(.+)$/i.exec(auth)?.[1]?.trim() ?? "";
  const dir = token ? await findDirectoryByToken(token) : null;
  if (!dir || !(await servesHost(dir, host))) return scimErrorResponse(new ScimError(401, "Authentication failed."));
  const base = `${url.protocol}//${host}/api/scim/v2`;
  const meta = metaFromHeaders(request.headers);
  const ctx: ScimContext = { dir, base, url, actor: scimActor(dir, meta) };
  let response: Response;
  try {
    response = await dispatch(request, ctx, segments);
  } catch (error) {
    if (error instanceof ScimError) response = scimErrorResponse(error);
    else {
      console.error("[scim] unexpected error", error);
      response = scimErrorResponse(new ScimError(500, "Something went wrong."));
    }
  }
  await logRequest(dir, request.method, url.pathname, response.status).catch((e) =>
    console.error("[scim] could not log the request", e),
  );
  return response;
}

async function servesHost(dir: ScimDirectory, host: string | null): Promise<boolean> {
  const audience = await hostAudience(host);
  if (dir.clientId === null) return audience.kind === "console";
  return audience.kind === "portal" && audience.agency.id === dir.agencyId;
}

async function readBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY) throw new ScimError(413, "The request body is larger than 1 MB.");
  const text = await request.text();
  if (text.length > MAX_BODY) throw new ScimError(413, "The request body is larger than 1 MB.");
  if (!text.trim()) throw new ScimError(400, "The request body is empty.", "invalidSyntax");
  try {
    return JSON.parse(text);
  } catch {
    throw new ScimError(400, "The request body is not valid JSON.", "invalidSyntax");
  }
}

async function dispatch(request: Request, ctx: ScimContext, segments: string[]): Promise<Response> {
  const [resource = "", id, ...rest] = segments;
  const method = request.method.toUpperCase();
  const name = resource.toLowerCase();
  if (rest.length) throw new ScimError(404, "No such endpoint.");
  if (name === "serviceproviderconfig" && !id && method === "GET") return scimJson(serviceProviderConfig(ctx.base));
  if (name === "resourcetypes" && method === "GET") {
    const all = resourceTypes(ctx.base);
    if (!id) return scimJson(listOf(all));
    const one = all.find((r) => r.id.toLowerCase() === id.toLowerCase());
    if (!one) throw new ScimError(404, "No such resource type.");
    return scimJson(one);
  }
  if (name === "schemas" && method === "GET") {
    const all = schemas(ctx.base);
    if (!id) return scimJson(listOf(all));
    const one = all.find((s) => s.id.toLowerCase() === id.toLowerCase());
    if (!one) throw new ScimError(404, "No such schema.");
    return scimJson(one);
  }
  if (name === "users" || name === "groups") {
    const users = name === "users";
    if (!id && method === "GET") return users ? listUsers(ctx) : listGroups(ctx);
    if (!id && method === "POST")
      return users ? createUser(ctx, await readBody(request)) : createGroup(ctx, await readBody(request));
    if (id && method === "GET") return users ? getUser(ctx, id) : getGroup(ctx, id);
    if (id && method === "PUT")
      return users ? replaceUser(ctx, id, await readBody(request)) : replaceGroup(ctx, id, await readBody(request));
    if (id && method === "PATCH")
      return users ? patchUser(ctx, id, await readBody(request)) : patchGroup(ctx, id, await readBody(request));
    if (id && method === "DELETE") return users ? deleteUser(ctx, id) : deleteGroup(ctx, id);
    throw new ScimError(405, `${method} is not supported here.`);
  }
  throw new ScimError(404, "No such endpoint.");
}

async function logRequest(dir: ScimDirectory, method: string, path: string, status: number) {
  const outcome = status < 300 ? "success" : status < 500 ? "rejected" : "error";
  await withTenant(dir.agencyId, async (tx) => {
    await tx
      .insert(scimRequests)
      .values({ agencyId: dir.agencyId, directoryId: dir.id, method, path: path.slice(0, 300), status, outcome });
    await tx.update(scimDirectories).set({ lastRequestAt: new Date() }).where(eq(scimDirectories.id, dir.id));
    // Keep the last requests only: the console shows a recent log, not an archive.
    await tx
      .delete(scimRequests)
      .where(
        and(
          eq(scimRequests.directoryId, dir.id),
          sql`${scimRequests.id} not in (select id from scim_requests where directory_id = ${dir.id} order by at desc limit ${KEEP_REQUESTS})`,
        ),
      );
  });
}
