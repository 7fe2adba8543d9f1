import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isGatedHandler } from "@/lib/http/api-handler";

const ROOT = path.resolve(__dirname, "../..");
const API_DIR = "app/api/v1";
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function routeFiles(rel: string): string[] {
  return readdirSync(path.join(ROOT, rel)).flatMap((entry) => {
    const child = `${rel}/${entry}`;
    if (statSync(path.join(ROOT, child)).isDirectory()) return routeFiles(child);
    return /^route\.(ts|tsx|js)$/.test(entry) ? [child] : [];
  });
}

// The origin and content-type gate lives in apiHandler (lib/http/request-gate.ts): a handler that
// is not wrapped by it would let another site act with a visitor's session cookie.
describe("every /api/v1 route handler passes the request gate", () => {
  const files = routeFiles(API_DIR);

  it("finds the route files", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)("%s", async (file) => {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    const handlers = HTTP_METHODS.filter((m) => m in mod);
    expect(handlers.length).toBeGreaterThan(0);
    const ungated = handlers.filter((m) => !isGatedHandler(mod[m]));
    expect(ungated, `${file} exports handlers that skip apiHandler`).toEqual([]);
  });
});
