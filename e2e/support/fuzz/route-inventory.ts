import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type ApiRoute = {
  /** "/api/v1/clients/[id]/users/[userId]" */
  template: string;
  /** Dynamic segments in order: "id", "userId", or "...rest" for a catch-all. */
  params: string[];
  /** Methods the route file exports, and which of them only answer 405. */
  methods: { method: HttpMethod; implemented: boolean }[];
  /** Query names the route file reads itself (the verbs' own names come from QUERY_NAMES). */
  queryNames: string[];
};

const METHODS: HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/**
 * Every app/api/**\/route.ts and the methods it exports, read from the file system: a route
 * added tomorrow is fuzzed without anyone listing it here.
 */
export function apiRoutes(root = path.resolve("app/api")): ApiRoute[] {
  return routeFiles(root)
    .map((file) => {
      const rel = path.relative(path.dirname(root), path.dirname(file)).split(path.sep);
      const template = `/${rel.join("/")}`;
      const params = rel.filter((s) => s.startsWith("[")).map((s) => s.slice(1, -1));
      return {
        template,
        params,
        methods: exportedMethods(readFileSync(file, "utf8")),
        queryNames: queryNamesIn(readFileSync(file, "utf8")),
      };
    })
    .sort((a, b) => a.template.localeCompare(b.template));
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(name) ? [full] : [];
  });
}

// `export const GET = apiHandler(...)`, `export const PUT = POST;`, `export const { GET, POST } = handlers;`,
// `export async function GET(`. An alias of a methodNotAllowed export answers 405 too, and so does
// every name destructured from `unsupportedMethods(...)`.
function exportedMethods(source: string): ApiRoute["methods"] {
  const found = new Map<HttpMethod, boolean>();
  const notAllowed = new Set<string>();
  for (const m of source.matchAll(/export const (\w+) = (methodNotAllowed\(|(\w+);)/g)) {
    if (m[2].startsWith("methodNotAllowed") || notAllowed.has(m[3])) notAllowed.add(m[1]);
  }
  for (const m of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
    found.set(m[1] as HttpMethod, !notAllowed.has(m[1]));
  }
  for (const m of source.matchAll(/export const \{([^}]+)\} = (\w+)/g)) {
    const implemented = m[2] !== "unsupportedMethods";
    for (const name of m[1].split(",").map((s) => s.trim()))
      if ((METHODS as string[]).includes(name)) found.set(name as HttpMethod, implemented);
  }
  return METHODS.filter((m) => found.has(m)).map((method) => ({ method, implemented: found.get(method)! }));
}

function queryNamesIn(source: string): string[] {
  return [...new Set([...source.matchAll(/searchParams\.get\("(\w+)"\)/g)].map((m) => m[1]))];
}
