import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Every way into the build, read from the file system at test time: pages, route handlers with
// the methods they export, and the exports of 'use server' files. The route inventory test and
// the oracle's coverage check both start here, so a new file cannot slip past either.

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const SOURCE_DIRS = ["app", "components", "lib"];

function walk(rel: string, out: string[] = []): string[] {
  const abs = path.join(ROOT, rel);
  if (statSync(abs).isDirectory()) {
    for (const entry of readdirSync(abs)) walk(path.join(rel, entry), out);
  } else {
    out.push(rel.split(path.sep).join("/"));
  }
  return out;
}

/** "app/portal/[host]/(signed-in)/calls/[id]/page.tsx" → "portal:/calls/[id]"; console files → "/agency/…". */
export function urlPattern(file: string): string {
  const segments = file
    .replace(/^app\//, "")
    .split("/")
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s));
  if (segments[0] === "portal" && segments[1] === "[host]") return `portal:/${segments.slice(2).join("/")}`;
  return `/${segments.join("/")}`;
}

export function listPages(): string[] {
  return walk("app")
    .filter((f) => /\/page\.tsx?$/.test(f))
    .map((f) => `page ${urlPattern(f)}`)
    .sort();
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type RouteMethod = { key: string; method: string; pattern: string; file: string; notAllowed: boolean };

/**
 * Each exported HTTP method of each route.ts. A method bound to methodNotAllowed(…) (directly,
 * through `export const PUT = POST` where POST is, or destructured from unsupportedMethods(…)) is
 * marked, so the oracle expects 405 from it.
 */
export function listRouteMethods(): RouteMethod[] {
  return walk("app")
    .filter((f) => /\/route\.ts$/.test(f))
    .flatMap((file) => {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      const bound = new Map<string, string>();
      for (const m of text.matchAll(/export\s+const\s+([A-Z]+)\s*=\s*([^;\n]+)/g)) bound.set(m[1], m[2].trim());
      for (const m of text.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\s*\(/g)) bound.set(m[1], "function");
      for (const m of text.matchAll(/export\s+const\s*\{([^}]+)\}\s*=\s*([^;\n]+)/g)) {
        const refused = m[2].trim().startsWith("unsupportedMethods(");
        for (const name of m[1].split(",").map((s) => s.trim()))
          bound.set(name, refused ? "methodNotAllowed(" : "destructured");
      }
      const isNotAllowed = (name: string, seen = new Set<string>()): boolean => {
        const value = bound.get(name);
        if (!value || seen.has(name)) return false;
        if (value.startsWith("methodNotAllowed(")) return true;
        return /^[A-Z]+$/.test(value) && isNotAllowed(value, seen.add(name));
      };
      const pattern = urlPattern(file);
      return METHODS.filter((m) => bound.has(m)).map((method) => ({
        key: `${method} ${pattern}`,
        method,
        pattern,
        file,
        notAllowed: isNotAllowed(method),
      }));
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** Exports of every file that starts with 'use server' (app/actions/** and anywhere else). */
export function listServerActions(): string[] {
  return SOURCE_DIRS.flatMap((dir) => walk(dir))
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .flatMap((file) => {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      if (!/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(text)) return [];
      const names = [
        ...[...text.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)].map((m) => m[1]),
        ...[...text.matchAll(/export\s+const\s+(\w+)\s*=/g)].map((m) => m[1]),
      ];
      return names.map((name) => `action ${file}#${name}`);
    })
    .sort();
}
