import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listPages, listRouteMethods, listServerActions } from "./enumerate-endpoints";
import { ACTIONS, PAGES, ROUTES, unknownCapabilities } from "./inventory";

// A page, route handler or server action that the oracle has not classified has had no
// authorization check against the SPEC: fail, naming it, so the author adds its line (and the
// end-to-end oracle then probes it).

const unclassified = (found: string[], table: Record<string, unknown>) =>
  found.filter((key) => !(key in table)).map((key) => `unclassified endpoint: ${key}`);
const stale = (found: string[], table: Record<string, unknown>) =>
  Object.keys(table)
    .filter((key) => !found.includes(key))
    .map((key) => `classified but gone: ${key}`);

describe("route inventory", () => {
  const routes = listRouteMethods()
    .filter((r) => !r.notAllowed)
    .map((r) => r.key);

  it("finds the build's endpoints (guards against an enumerator that finds nothing)", () => {
    expect(listPages().length).toBeGreaterThan(30);
    expect(routes.length).toBeGreaterThan(50);
    expect(listServerActions().length).toBeGreaterThan(40);
    expect(listRouteMethods().filter((r) => r.notAllowed).length).toBeGreaterThan(50);
  });

  it("has every page classified", () => {
    expect([...unclassified(listPages(), PAGES), ...stale(listPages(), PAGES)]).toEqual([]);
  });

  it("has every route handler method classified (405 methods are probed for 405)", () => {
    expect([...unclassified(routes, ROUTES), ...stale(routes, ROUTES)]).toEqual([]);
  });

  it("has every server action classified with the capability it needs", () => {
    const actions = listServerActions();
    expect([...unclassified(actions, ACTIONS), ...stale(actions, ACTIONS)]).toEqual([]);
  });

  it("names only capabilities of the oracle's own SPEC tables", () => {
    expect(unknownCapabilities()).toEqual([]);
  });

  it("allows no inline 'use server' function, which the inventory could not name", () => {
    const files = listServerActions().map((a) => a.slice("action ".length).split("#")[0]);
    const root = fileURLToPath(new URL("../../..", import.meta.url));
    const inline = ["app", "components", "lib"]
      .flatMap((dir) => listFiles(root, dir))
      .filter((f) => !files.includes(f) && !f.startsWith("lib/architecture/"))
      .filter((f) => /["']use server["']/.test(readFileSync(path.join(root, f), "utf8")));
    expect(inline.map((f) => `unclassified endpoint: inline server action in ${f}`)).toEqual([]);
  });

  it("flags a route file's methods correctly (405 aliases included)", () => {
    const byKey = new Map(listRouteMethods().map((r) => [r.key, r]));
    expect(byKey.get("GET /api/v1/clients")?.notAllowed).toBe(false);
    expect(byKey.get("PUT /api/v1/clients")?.notAllowed).toBe(true);
    expect(byKey.get("DELETE /api/v1/clients")?.notAllowed).toBe(true); // `export const DELETE = PUT`
    expect(byKey.get("GET /api/auth/[...nextauth]")?.notAllowed).toBe(false); // `export const { GET, POST } = handlers`
  });
});

function listFiles(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!statSync(abs).isDirectory()) return /\.(ts|tsx)$/.test(dir) && !/\.test\.ts$/.test(dir) ? [dir] : [];
  return readdirSync(abs).flatMap((entry) => listFiles(root, `${dir}/${entry}`));
}
