import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { staffFor, TEST_META } from "@/db/testing/actor-for";
import { testHosts } from "@/db/testing/hosts";
import { auditRows, clientIdOf, userIdOf } from "@/db/testing/lookups";
import { loadActor } from "@/lib/auth/load-actor";
import { createScimDirectory } from "@/lib/dal/scim-directories/create-scim-directory";
import { rotateScimToken } from "@/lib/dal/scim-directories/rotate-scim-token";
import { setScimGroupMapping } from "@/lib/dal/scim-directories/set-group-mapping";
import { handleScimRequest } from "./handle-request";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One SCIM call as an IdP makes it: bearer token, the host, a JSON body. */
function scim(token: string, host = testHosts().console) {
  return async (method: string, path: string, body?: unknown): Promise<{ status: number; json: Json }> => {
    const url = `http://${host}/api/scim/v2/${path}`;
    const request = new Request(url, {
      method,
      headers: { authorization: `Bearer ${token}`, host, "content-type": "application/scim+json" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const segments = new URL(url).pathname
      .replace(/^\/api\/scim\/v2\/?/, "")
      .split("/")
      .filter(Boolean)
      .map(decodeURIComponent);
    const response = await handleScimRequest(request, segments);
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : {} };
  };
}

const oktaUser = (userName: string) => ({
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
  userName,
  name: { givenName: "Ada", familyName: "Lovelace" },
  emails: [{ primary: true, value: userName, type: "work" }],
  displayName: "Ada Lovelace",
  locale: "en-US",
  externalId: `00u${userName.length}okta`,
  groups: [],
  password: "1mz050nq",
  active: true,
});

describe("SCIM directory of the agency's staff", () => {
  it("replays Okta: lookup-then-create, duplicate 409, PUT profile update, PUT active:false deprovisions, reactivation", async () => {
    const { token } = await rotateOrCreate();
    const call = scim(token);
    const lookup = await call(
      "GET",
      `Users?filter=${encodeURIComponent('userName eq "ada@acme.test"')}&startIndex=1&count=100`,
    );
    expect(lookup).toMatchObject({ status: 200, json: { totalResults: 0, Resources: [] } });
    const created = await call("POST", "Users", oktaUser("ada@acme.test"));
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ userName: "ada@acme.test", active: true, meta: { resourceType: "User" } });
    expect(created.json.password).toBeUndefined();
    const id = created.json.id as string;
    expect((await auditRows("user_provisioned")).at(-1)).toMatchObject({ actorType: "scim", targetId: id });
    const dup = await call("POST", "Users", oktaUser("ADA@acme.test"));
    expect(dup).toMatchObject({ status: 409, json: { scimType: "uniqueness", status: "409" } });
    // Okta OIN apps update profiles by PUT.
    const put = await call("PUT", `Users/${id}`, {
      ...oktaUser("ada@acme.test"),
      id,
      name: { givenName: "Ada", familyName: "King" },
    });
    expect(put.json.name).toEqual({ givenName: "Ada", familyName: "King" });

    // A session of the user, then AIW-style PUT active:false: the very next request is refused.
    const sessionOk = await signInAs("ada@acme.test");
    expect(await sessionOk()).toBe(true);
    await plantApiKey(id);
    const off = await call("PUT", `Users/${id}`, { ...oktaUser("ada@acme.test"), id, active: false });
    expect(off.json.active).toBe(false);
    expect(await sessionOk()).toBe(false);
    expect(await liveSessions(id)).toBe(0); // revoked, not only shut out by the status
    expect(await liveApiKeys(id)).toBe(0);
    expect((await auditRows("user_deprovisioned")).at(-1)).toMatchObject({ actorType: "scim", targetId: id });
    // Okta's PATCH activation restores the same account.
    const on = await call("PATCH", `Users/${id}`, {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "replace", value: { active: true } }],
    });
    expect(on.json.active).toBe(true);
    expect(await (await signInAs("ada@acme.test"))()).toBe(true);
  });

  it('replays Entra ID: capitalised ops, "False" strings, path-less dotted/URN replace, excludedAttributes, member removal', async () => {
    const { token } = await rotateOrCreate();
    const call = scim(token);
    const u = await call("POST", "users", {
      schemas: [
        "urn:ietf:params:scim:schemas:core:2.0:User",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
      ],
      externalId: "entra-1",
      userName: "grace@acme.test",
      active: "True",
      emails: [{ primary: true, type: "work", value: "grace@acme.test" }],
      name: { givenName: "Grace", familyName: "Hopper" },
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { employeeNumber: "42", department: "Navy" },
    });
    expect(u.status).toBe(201);
    expect(u.json.active).toBe(true);
    const id = u.json.id as string;
    const byExternal = await call("GET", `Users?filter=${encodeURIComponent('externalId eq "entra-1"')}`);
    expect(byExternal.json.totalResults).toBe(1);
    const patched = await call("PATCH", `Users/${id}`, {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [
        {
          op: "Replace",
          value: {
            "name.givenName": "Amazing Grace",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber": "43",
          },
        },
        { op: "Replace", path: 'emails[type eq "work"].value', value: "grace.hopper@acme.test" },
      ],
    });
    expect(patched.status).toBe(200);
    expect(patched.json.name.givenName).toBe("Amazing Grace");
    expect(patched.json["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]).toMatchObject({
      employeeNumber: "43",
      department: "Navy",
    });
    const byEmail = await call(
      "GET",
      `Users?filter=${encodeURIComponent('emails[type eq "work"].value eq "GRACE.HOPPER@acme.test"')}`,
    );
    expect(byEmail.json.totalResults).toBe(1);

    const g = await call("POST", "Groups", { displayName: "Admins", members: [{ value: id }] });
    expect(g.status).toBe(201);
    const gid = g.json.id as string;
    await setScimGroupMapping(await staffFor("owner@acme.test"), (await dirOf()).id, gid, { role: "admin" });
    expect((await call("GET", `Users/${id}`)).status).toBe(200);
    expect(await roleOf("grace.hopper@acme.test")).toBe("admin");
    const list = await call("GET", "Groups?excludedAttributes=members");
    expect(list.json.Resources[0].members).toBeUndefined();
    // Removal by value (Entra default), then add back and remove by filter (aadOptscim062020).
    await call("PATCH", `Groups/${gid}`, { Operations: [{ op: "Remove", path: "members", value: [{ value: id }] }] });
    expect((await call("GET", `Groups/${gid}`)).json.members).toEqual([]);
    await call("PATCH", `Groups/${gid}`, { Operations: [{ op: "Add", path: "members", value: [{ value: id }] }] });
    expect((await call("GET", `Groups/${gid}`)).json.members).toHaveLength(1);
    await call("PATCH", `Groups/${gid}`, { Operations: [{ op: "remove", path: `members[value eq "${id}"]` }] });
    expect((await call("GET", `Groups/${gid}`)).json.members).toEqual([]);

    // A membership change re-applies the mapping at once: a new member of the mapped group is admin.
    const linus = await call("POST", "Users", {
      userName: "linus@acme.test",
      emails: [{ value: "linus@acme.test", primary: "True" }],
    });
    expect(await roleOf("linus@acme.test")).toBe("member");
    await call("PATCH", `Groups/${gid}`, {
      Operations: [{ op: "Add", path: "members", value: [{ value: linus.json.id }] }],
    });
    expect(await roleOf("linus@acme.test")).toBe("admin");

    const off = await call("PATCH", `Users/${id}`, { Operations: [{ op: "Replace", path: "active", value: "False" }] });
    expect(off.json.active).toBe(false);
  });

  it("errors: invalidFilter, invalidValue, noTarget, 413, 401 on another host or a rotated token, 404 for another tenant", async () => {
    const { token } = await rotateOrCreate();
    const call = scim(token);
    expect((await call("GET", "Users?filter=userName%20zz%20%22x%22")).json).toMatchObject({
      scimType: "invalidFilter",
    });
    expect((await call("GET", `Users?filter=${encodeURIComponent('password eq "x"')}`)).status).toBe(400);
    expect((await call("POST", "Users", { name: {} })).json).toMatchObject({ status: "400", scimType: "invalidValue" });
    expect((await call("POST", "Users", "x".repeat(1024 * 1024 + 1))).status).toBe(413);
    const noEmail = await call("POST", "Users", { userName: "EMP-0001", active: true });
    expect(noEmail.status).toBe(201);
    expect(noEmail.json.emails).toBeUndefined();
    const target = await call("PATCH", `Users/${noEmail.json.id}`, {
      Operations: [{ op: "remove", path: 'emails[type eq "home"]' }],
    });
    expect(target.status).toBe(400);
    expect((await scim(token, testHosts().acme)("GET", "Users")).status).toBe(401);
    const globexOwner = await userIdOf("owner@globex.test", "globex").catch(() => null);
    if (globexOwner) expect((await call("GET", `Users/${globexOwner}`)).status).toBe(404);
    expect((await call("GET", "Users/not-a-uuid")).status).toBe(404);
    const rotated = await rotateScimToken(await staffFor("owner@acme.test"), (await dirOf()).id);
    expect((await call("GET", "Users")).status).toBe(401);
    expect((await scim(rotated.token)("GET", "ServiceProviderConfig")).status).toBe(200);
  });

  it("pages with integer totalResults in a stable order; the last owner is never deprovisioned", async () => {
    const { token } = await rotateOrCreate();
    const call = scim(token);
    const all = await call("GET", "Users?count=1000");
    const total = all.json.totalResults as number;
    expect(Number.isInteger(total)).toBe(true);
    const ids: string[] = [];
    for (let start = 1; start <= total; start += 2) {
      const page = await call("GET", `Users?startIndex=${start}&count=2&attributes=userName`);
      expect(page.json.totalResults).toBe(total);
      ids.push(...page.json.Resources.map((r: Json) => r.id));
      expect(Object.keys(page.json.Resources[0]).sort()).toEqual(["id", "schemas", "userName"]);
    }
    expect(ids).toEqual(all.json.Resources.map((r: Json) => r.id));
    const owner = await userIdOf("owner@acme.test");
    const refused = await call("DELETE", `Users/${owner}`);
    expect(refused.status).toBe(400);
    expect(await roleOf("owner@acme.test")).toBe("owner");
  });
});

describe("SCIM directory of a client", () => {
  it("answers on the agency's portal host only and provisions client users", async () => {
    const clientId = await clientIdOf("Bright Dental", "acme");
    const { token, baseUrl } = await createScimDirectory(await staffFor("owner@acme.test"), { clientId });
    expect(baseUrl).toContain(testHosts().acme);
    expect((await scim(token)("GET", "Users")).status).toBe(401);
    const created = await scim(token, testHosts().acme)("POST", "Users", { userName: "nurse@bright.test" });
    expect(created.status).toBe(201);
    expect(await roleOf("nurse@bright.test")).toBe("agent");
  });
});

let directory: { id: string; token: string } | null = null;
async function rotateOrCreate() {
  const owner = await staffFor("owner@acme.test");
  directory = directory ? await rotateScimToken(owner, directory.id) : await createScimDirectory(owner, {});
  return directory;
}
async function dirOf() {
  return directory ?? rotateOrCreate();
}
async function roleOf(email: string) {
  const { rowsOf } = await import("@/db/rows");
  const { sql } = await import("drizzle-orm");
  const db = await getDb();
  const [row] = rowsOf<{ role: string }>(
    await db.execute(sql`select role from users where lower(email) = ${email} order by created_at desc limit 1`),
  );
  return row?.role;
}
/** A fresh session of the user (as sign-in creates it) and whether its next request is let in. */
async function signInAs(email: string) {
  const { createSession } = await import("@/lib/auth/create-session");
  const { usersWithEmail } = await import("@/db/testing/lookups");
  const [user] = await usersWithEmail(email);
  const sessionId = await createSession(await getDb(), user.id, user.sessionVersion, TEST_META);
  return async () => (await loadActor(await getDb(), sessionId, testHosts().console, TEST_META)).ok;
}

async function liveSessions(userId: string) {
  const { rowsOf } = await import("@/db/rows");
  const { sql } = await import("drizzle-orm");
  const db = await getDb();
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from sessions where user_id = ${userId} and revoked_at is null`),
  );
  return Number(row.n);
}

/** An API key the user created (written as the owner: the keys verbs are not what is tested here). */
async function plantApiKey(userId: string) {
  const { sql } = await import("drizzle-orm");
  const db = await getDb();
  await db.execute(sql`insert into api_keys (agency_id, name, scopes, secret_hash, display_prefix, created_by, expires_at)
    select agency_id, 'ci', array['calls.read'], md5(random()::text), 'k_test', id, now() + interval '1 day' from users where id = ${userId}`);
  expect(await liveApiKeys(userId)).toBe(1);
}

async function liveApiKeys(userId: string) {
  const { rowsOf } = await import("@/db/rows");
  const { sql } = await import("drizzle-orm");
  const db = await getDb();
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from api_keys where created_by = ${userId} and revoked_at is null`),
  );
  return Number(row.n);
}
