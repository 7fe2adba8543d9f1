import type { World } from "./demo-world";
import { listRouteMethods } from "./enumerate-endpoints";
import { PAGES, ROUTES } from "./inventory";
import { LOGIN_REDIRECT, RANDOM_UUID, redirectsToLogin, type Case } from "./run-cases";

// What does not depend on toggles: signed-out visitors, a cookie presented on the wrong host
// (a staff cookie on a portal, a client's on the console or on another agency's portal),
// public pages, catch-alls, and every method a route answers with 405.

const fill = (pattern: string) => pattern.replace(/\[[^\]]+\]/g, RANDOM_UUID);

export function edgeCases(world: World, agencyId: string): Case[] {
  const { actors, anonymous, hosts } = world;
  const cases: Case[] = [];
  const add = (c: Omit<Case, "label"> & { label?: string }) =>
    cases.push({ ...c, label: c.label ?? `${c.actor.name}@${c.host ?? c.actor.host} ${c.method} ${c.path}` });

  // Signed out: every API route that needs a session is 401; signed-in pages send to sign-in.
  for (const [key, access] of Object.entries(ROUTES)) {
    if (access.who === "public" || access.who === "nobody") continue;
    const [method, pattern] = key.split(" ");
    const host = pattern.startsWith("/api/v1/portal/") ? hosts.acme : hosts.console;
    add({
      key,
      actor: anonymous,
      host,
      method,
      path: fill(pattern),
      body: method === "GET" || method === "DELETE" ? undefined : {},
      expect: [401],
    });
  }
  for (const [key, access] of Object.entries(PAGES)) {
    if (access.who === "public" || access.who === "nobody") continue;
    const pattern = key.slice("page ".length);
    const portal = pattern.startsWith("portal:");
    const path = fill(portal ? pattern.slice("portal:".length) : pattern);
    add({
      key,
      actor: anonymous,
      host: portal ? hosts.acme : hosts.console,
      method: "GET",
      path,
      expect: LOGIN_REDIRECT,
      check: redirectsToLogin,
    });
  }

  // Public pages answer anyone; the console's root sends to the console.
  for (const [key, access] of Object.entries(PAGES)) {
    if (access.who !== "public") continue;
    const pattern = key.slice("page ".length);
    const portal = pattern.startsWith("portal:");
    const path = portal ? pattern.slice("portal:".length) : pattern;
    add({
      key,
      actor: anonymous,
      host: portal ? hosts.acme : hosts.console,
      method: "GET",
      path,
      expect: path === "/" ? [307] : [200],
    });
  }
  add({ key: "page /bench-baseline", actor: actors.acmeOwner, method: "GET", path: "/bench-baseline", expect: [404] });
  add({
    key: "GET /bench-baseline/page-cache",
    actor: actors.acmeOwner,
    method: "GET",
    path: "/bench-baseline/page-cache",
    expect: [404],
  });
  // SCIM answers a directory's bearer token only: no token (a browser session is no token) is 401 on any host.
  for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
    for (const host of [hosts.console, hosts.acme]) {
      add({
        key: `${method} /api/scim/v2/[[...path]]`,
        actor: method === "GET" ? actors.acmeOwner : anonymous,
        host,
        method,
        path: method === "GET" || method === "POST" ? "/api/scim/v2/Users" : `/api/scim/v2/Users/${RANDOM_UUID}`,
        body: method === "GET" || method === "DELETE" ? undefined : {},
        expect: [401],
      });
    }
  }
  add({
    key: "GET /brand-assets/[agencyId]/[kind]",
    actor: anonymous,
    host: hosts.acme,
    method: "GET",
    path: `/brand-assets/${agencyId}/logo`,
    expect: [200, 404],
  });
  add({
    key: "GET /brand-assets/[agencyId]/[kind]",
    actor: anonymous,
    host: hosts.acme,
    method: "GET",
    path: `/brand-assets/${RANDOM_UUID}/logo`,
    expect: [404],
  });
  add({
    key: "GET /api/auth/[...nextauth]",
    actor: anonymous,
    method: "GET",
    path: "/api/auth/session",
    expect: [200],
    check: (o) => (o.text.includes("@") ? "a signed-out session answer names someone" : undefined),
  });
  add({
    key: "POST /api/auth/[...nextauth]",
    actor: anonymous,
    method: "POST",
    path: "/api/auth/callback/credentials",
    raw: "email=owner%40acme.test&password=wrong",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    expect: [302, 400, 403],
    check: (o) =>
      o.headers["set-cookie"]?.includes("session-token=ey")
        ? "a session cookie was set without the password"
        : undefined,
  });
  const namesNoOne = (o: { text: string }) =>
    /@|[0-9a-f]{8}-[0-9a-f]{4}-/i.test(o.text) ? "a probe answer names a person or a row" : undefined;
  for (const host of [hosts.console, hosts.acme]) {
    add({
      key: "GET /api/v1/openapi.json",
      actor: anonymous,
      host,
      method: "GET",
      path: "/api/v1/openapi.json",
      expect: [200],
      check: (o) => (/switchboard/i.test(o.text) ? "the API description names the platform" : undefined),
    });
    add({
      key: "GET /api/health",
      actor: anonymous,
      host,
      method: "GET",
      path: "/api/health",
      expect: [200],
      check: namesNoOne,
    });
    add({
      key: "GET /api/ready",
      actor: anonymous,
      host,
      method: "GET",
      path: "/api/ready",
      expect: [200],
      check: namesNoOne,
    });
  }
  // A provider webhook: an unknown webhook id is not found, even signed in; on a portal host the
  // path does not exist at all (the platform's endpoint never shows through an agency's brand).
  for (const [actor, host] of [
    [anonymous, hosts.console],
    [actors.acmeOwner, hosts.console],
    [anonymous, hosts.acme],
  ] as const) {
    add({
      key: "POST /api/ingest/[provider]/[webhookId]",
      actor,
      host,
      method: "POST",
      path: "/api/ingest/retell/oracle-unknown-webhook-0000",
      body: { event: "call_ended", call: { call_id: "oracle" } },
      expect: [404],
      check: namesNoOne,
    });
  }
  for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
    add({
      key: `${method} /api/v1/[...rest]`,
      actor: actors.acmeOwner,
      method,
      path: "/api/v1/no-such-endpoint",
      body: method === "GET" || method === "DELETE" ? undefined : {},
      expect: [404],
    });
  }

  // A cookie is honoured only on the host it belongs to.
  const wrongHost: [string, string][] = [
    ["acmeOwner", hosts.acme],
    ["acmeManager", hosts.globex],
    ["brightAdmin", hosts.console],
    ["brightAdmin", hosts.globex],
    ["globexDentalAdmin", hosts.acme],
    ["globexOwner", hosts.acme],
  ];
  for (const [name, host] of wrongHost) {
    add({ key: "GET /api/v1/me", actor: actors[name], host, method: "GET", path: "/api/v1/me", expect: [401] });
    const portal = host !== hosts.console;
    add({
      key: portal ? "GET /api/v1/portal/calls" : "GET /api/v1/clients",
      actor: actors[name],
      host,
      method: "GET",
      path: portal ? "/api/v1/portal/calls" : "/api/v1/clients",
      expect: [401],
    });
    add({
      key: portal ? "page portal:/calls" : "page /agency/clients",
      actor: actors[name],
      host,
      method: "GET",
      path: portal ? "/calls" : "/agency/clients",
      expect: LOGIN_REDIRECT,
      check: redirectsToLogin,
    });
  }

  // Methods a route does not implement: 405 in the §9 shape, whoever asks.
  for (const r of listRouteMethods().filter((m) => m.notAllowed)) {
    const portal = r.pattern.startsWith("/api/v1/portal/");
    add({
      key: r.key,
      actor: portal ? actors.brightAdmin : actors.acmeOwner,
      method: r.method,
      path: fill(r.pattern),
      body: r.method === "GET" || r.method === "DELETE" ? undefined : {},
      expect: [405],
      check: (o) =>
        (o.json as { error?: { code?: string } } | undefined)?.error?.code
          ? undefined
          : "405 without the §9 error shape",
    });
  }
  return cases;
}
