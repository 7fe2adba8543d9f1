import fc from "fast-check";
import type { ApiRoute, HttpMethod } from "./route-inventory";
import { nastyCursor, nastyDate, nastyNumber, nastyString, nastyValue } from "./values";

/** Who sends a case: a signed-in owner on the console host, a client admin on the portal host, a cookie on the other host, or nobody. */
export type SessionName = "owner" | "portal" | "ownerOnPortal" | "portalOnConsole" | "anonymous";

export type FuzzCase = {
  route: string;
  method: HttpMethod;
  session: SessionName;
  /** Path and query as sent on the wire (already encoded, or deliberately mis-encoded in the query). */
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The body is invalid by construction, so the case may carry the tenant's own ids. */
  poisoned: boolean;
};

/** Ids the cases draw path parameters from, by kind; `own` ids of a kind are only used for reads. */
export type IdPools = { own: Record<string, string[]>; other: Record<string, string[]> };

// Every field a /api/v1 body schema names (SPEC §9 and the verbs' zod schemas), so most bodies get
// past "unknown key" and reach each field's own checks.
const BODY_FIELDS = [
  "name",
  "preset",
  "portalAccess",
  "clientAdminsManageUsers",
  "apiKeysAllowed",
  "timeZone",
  "permissions",
  "version",
  "reset",
  "view_agents",
  "edit_agents",
  "view_calls",
  "view_call_details",
  "view_analytics",
  "manage_billing",
  "view_integrations",
  "manage_integrations",
  "email",
  "role",
  "agentIds",
  "clientIds",
  "userId",
  "toVersion",
  "prompt",
  "greeting",
  "voice",
  "language",
  "businessHours",
  "transferNumber",
  "maxCallMinutes",
  "reviewStatus",
  "provider",
  "config",
  "secret",
  "rotateSecret",
  "includeOverridden",
  "defaultsVersion",
  "url",
  "events",
];

// The query names SPEC §9 gives each list, export and analytics route, so most pairs reach that
// route's own parsing; other routes get every name, and every route gets some strangers.
const LIST = ["cursor", "limit"];
const CALL_FILTERS = [
  "from",
  "to",
  "agentId",
  "direction",
  "status",
  "outcome",
  "sentiment",
  "reviewStatus",
  "minDuration",
  "maxDuration",
  "q",
];
const AUDIT_FILTERS = ["action", "actor", "clientId", "from", "to"];
const QUERY_BY_ROUTE: Record<string, string[]> = {
  "/api/v1/clients": ["q", ...LIST],
  "/api/v1/clients/[id]/invitations": LIST,
  "/api/v1/clients/[id]/users": LIST,
  "/api/v1/staff": LIST,
  "/api/v1/staff/invitations": LIST,
  "/api/v1/audit-events": [...AUDIT_FILTERS, ...LIST],
  "/api/v1/audit-events/export": [...AUDIT_FILTERS, "format"],
  "/api/v1/portal/calls": [...CALL_FILTERS, ...LIST],
  "/api/v1/portal/calls/export": CALL_FILTERS,
  "/api/v1/portal/analytics": ["days", "from", "to"],
};
const QUERY_NAMES = [...new Set([...Object.values(QUERY_BY_ROUTE).flat(), "includeOverridden", "download", "callId"])];

const MALFORMED_JSON = [
  "{",
  "}",
  '{"name":}',
  "{'name':'x'}",
  '{"name":"x",}',
  "NaN",
  '{"a":1e99999}',
  "\ufeff{}",
  '{"name":"\u0000"}',
  '{"name":"\\ud800"}',
  "[1,2",
  "nul",
  '{"a":"\\u00"}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"x":1}}}',
  "[".repeat(100_000) + "]".repeat(100_000),
  '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000),
  '"' + "x".repeat(200_000) + '"',
];

// Query-string escapes a browser never sends: the server must decode them without failing.
const BAD_ESCAPES = ["%ZZ", "%", "%E0%A4%A", "%C0%80", "%ED%A0%80", "%FF%FE", "%25%", "%2", "%00", "%u0000", "+%2B+"];

const POISON_KINDS = ["malformed", "topLevel", "unknownKey", "nul", "huge", "control", "surrogate"] as const;

/** The arbitrary of every case for one route and method. */
export function casesFor(
  route: ApiRoute,
  method: HttpMethod,
  implemented: boolean,
  pools: IdPools,
): fc.Arbitrary<FuzzCase> {
  const isWrite = method !== "GET";
  const allIds = [...Object.values(pools.own).flat(), ...Object.values(pools.other).flat()];
  // Reads may target the tenant's own rows; a write only ever gets ids of nothing or of another
  // tenant (or an invalid body), so no fuzz case can legitimately change what other tests rely on.
  const ownIdsAllowed = !isWrite;
  const hasBody = isWrite && method !== "DELETE";
  const poisoned = hasBody && (route.params.length === 0 || !implemented);
  return fc
    .record({
      session: sessionFor(route),
      path: fc
        .tuple(...route.params.map((p) => paramValue(route, p, pools, ownIdsAllowed)))
        .map((values) => fillTemplate(route.template, values)),
      query: queryString(route, allIds),
      body: hasBody
        ? poisoned
          ? poisonedBody(allIds)
          : fc.option(anyBody(allIds), { nil: undefined, freq: 8 })
        : fc.constant(undefined),
      contentType: fc.constantFrom(
        "application/json",
        "application/json",
        "application/json",
        "text/plain",
        "application/x-www-form-urlencoded",
        "",
      ),
      range: route.template.endsWith("/recording")
        ? fc.option(
            fc.oneof(
              fc.constantFrom(
                "bytes=0-",
                "bytes=-1",
                "bytes=99999999999-",
                "bytes=5-1",
                "bytes=0-0,1-1",
                "bytes=abc",
                "items=0-1",
                "bytes=-0",
                "bytes=00000000000000000000001-2",
              ),
              nastyString.filter(isHeaderSafe),
            ),
            { nil: undefined },
          )
        : fc.constant(undefined),
    })
    .map(({ session, path, query, body, contentType, range }) => ({
      route: route.template,
      method,
      session,
      path: path + query,
      headers: {
        ...(contentType && body !== undefined ? { "content-type": contentType } : {}),
        ...(range ? { range } : {}),
      },
      body,
      poisoned,
    }));
}

function sessionFor(route: ApiRoute): fc.Arbitrary<SessionName> {
  const portal = route.template.startsWith("/api/v1/portal");
  return fc.constantFrom<SessionName>(
    ...(portal
      ? (["portal", "portal", "portal", "portal", "portal", "portal", "owner", "ownerOnPortal"] as const)
      : (["owner", "owner", "owner", "owner", "owner", "owner", "portal", "portalOnConsole"] as const)),
    "anonymous",
  );
}

function idKind(route: ApiRoute, param: string): string {
  if (param === "invId") return "invitation";
  if (param === "userId") return route.template.startsWith("/api/v1/staff") ? "staff" : "clientUser";
  const area = /\/api\/v1\/(?:portal\/)?(?:billing\/)?(\w+)\/\[/.exec(route.template)?.[1] ?? "";
  return (
    { clients: "client", agents: "agent", calls: "call", invoices: "invoice", integrations: "integration" }[area] ??
    "any"
  );
}

function paramValue(route: ApiRoute, param: string, pools: IdPools, ownAllowed: boolean): fc.Arbitrary<string> {
  if (param.startsWith("...")) {
    return fc
      .array(
        fc.oneof(
          fc.constantFrom(
            "session",
            "csrf",
            "providers",
            "signin",
            "signout",
            "callback",
            "credentials",
            "error",
            "v2",
            "..",
            ".",
          ),
          nastyString.map(segment),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((s) => s.join("/"));
  }
  const kind = idKind(route, param);
  const own = kind === "any" ? Object.values(pools.own).flat() : (pools.own[kind] ?? []);
  const other = kind === "any" ? Object.values(pools.other).flat() : (pools.other[kind] ?? []);
  return fc.oneof(
    { weight: 3, arbitrary: fc.uuid() },
    {
      weight: 1,
      arbitrary: fc.constantFrom("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"),
    },
    { weight: other.length ? 3 : 0, arbitrary: fc.constantFrom(...(other.length ? other : ["x"])) },
    {
      weight: ownAllowed && own.length ? 4 : 0,
      arbitrary: fc
        .constantFrom(...(own.length ? own : ["x"]))
        .chain((id) => fc.constantFrom(id, id.toUpperCase(), `${id}x`, id.slice(0, -1))),
    },
    { weight: 4, arbitrary: nastyString.map(segment) },
    { weight: 1, arbitrary: fc.constantFrom("1", "0", "-1", "null", "undefined", "%2F", "a%2Fb", "x".repeat(1_000)) },
  );
}

/** A path segment the URL parser keeps as one segment (malformed path escapes are a separate check). */
function segment(value: string): string {
  const text = value.isWellFormed() ? value : value.toWellFormed();
  return encodeURIComponent(Array.from(text).slice(0, 100).join("")) || "%20";
}

function fillTemplate(template: string, values: string[]): string {
  let i = 0;
  return template.replace(/\[[^\]]+\]/g, () => values[i++]);
}

function queryString(route: ApiRoute, ids: string[]): fc.Arbitrary<string> {
  const own = [...new Set([...(QUERY_BY_ROUTE[route.template] ?? []), ...route.queryNames])];
  const names = own.length ? own : QUERY_NAMES;
  const value = fc.oneof(
    { weight: 4, arbitrary: nastyString },
    { weight: 3, arbitrary: nastyDate },
    { weight: 2, arbitrary: nastyNumber.map(String) },
    { weight: 3, arbitrary: nastyCursor(ids) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...ids, "true", "false", "1", "csv", "jsonl", "xml", "7", "30", "90", "365"),
    },
  );
  const pair = fc.tuple(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...names) },
      { weight: 1, arbitrary: fc.constantFrom(...QUERY_NAMES) },
      { weight: 1, arbitrary: nastyString },
    ),
    value,
    fc.oneof({ weight: 5, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constantFrom(...BAD_ESCAPES) }),
  );
  // Under 8 KB in all: longer request lines are refused by Node's HTTP parser (431) before the
  // app sees them, as by any proxy; long values are tried in bodies instead.
  return fc.array(pair, { maxLength: 4 }).map((pairs) => {
    if (!pairs.length) return "";
    const encoded = pairs.map(([k, v, bad]) => `${encode(k).slice(0, 200)}=${encode(v).slice(0, 1_000)}${bad}`);
    return `?${encoded.join("&")}`;
  });
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes as the raw bytes a careless client would send. */
function encode(value: string): string {
  const text = value.slice(0, 120_000);
  return text.isWellFormed()
    ? encodeURIComponent(text)
    : encodeURIComponent(text.toWellFormed()).replaceAll("%EF%BF%BD", "%ED%A0%80");
}

function isHeaderSafe(value: string): boolean {
  return /^[\x20-\x7e]*$/.test(value) && value.length < 8_000;
}

/** Any body at all: an object of known and unknown fields with nasty values, or another JSON value, or broken JSON. */
function anyBody(ids: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: bodyObject(ids).map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: nastyValue(ids).map((v) => JSON.stringify(v) ?? "null") },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_JSON) },
  );
}

function bodyObject(ids: string[]): fc.Arbitrary<Record<string, unknown>> {
  const field = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...BODY_FIELDS) },
    { weight: 1, arbitrary: nastyString },
  );
  return fc.array(fc.tuple(field, nastyValue(ids)), { maxLength: 5 }).map((pairs) => Object.fromEntries(pairs));
}

/**
 * A body no verb may accept, whatever the route: broken JSON, a JSON value that is not an object,
 * an unknown field (every body schema is strict), or a known field holding a value no field allows
 * (NUL, a control character, a lone surrogate, or 100,000 characters).
 */
function poisonedBody(ids: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...POISON_KINDS), bodyObject(ids), fc.constantFrom(...BODY_FIELDS), nastyValue(ids))
    .map(([kind, base, key, value]) => {
      switch (kind) {
        case "malformed":
          return MALFORMED_JSON[Math.abs(hash(key)) % MALFORMED_JSON.length];
        case "topLevel":
          return JSON.stringify([base, value]);
        case "unknownKey":
          return JSON.stringify({ ...base, [`fuzz_${key}`]: value });
        case "nul":
          return JSON.stringify({ ...base, [key]: `${String(key)}\u0000` });
        case "control":
          return JSON.stringify({ ...base, [key]: "bell\u0007" });
        case "surrogate":
          return JSON.stringify({ ...base, [key]: "half\ud800" });
        case "huge":
          return JSON.stringify({ ...base, [key]: "y".repeat(100_000) });
      }
    });
}

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

export const fuzzScalars = { nastyString, nastyDate, nastyNumber };
