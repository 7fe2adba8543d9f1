import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Issue 18 items 2 and 3 as conventions a new file cannot skip: the outbox is read only through
// the rule that hides other people's secrets, and redirect targets taken from a request go
// through the one URL-parser check, never a hand-written prefix test.
const ROOT = path.resolve(__dirname, "../..");
const SOURCE = ["app", "components", "lib", "db", "auth.ts", "proxy.ts"];

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const abs = path.join(ROOT, rel);
    if (statSync(abs).isDirectory()) readdirSync(abs).forEach((entry) => walk(path.join(rel, entry)));
    else if (/\.(ts|tsx)$/.test(rel)) out.push(rel.split(path.sep).join("/"));
  };
  SOURCE.forEach(walk);
  return out.filter((f) => !/\.(int\.)?test\.ts$/.test(f) && !f.startsWith("db/testing/"));
}

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const files = sourceFiles();

describe("secrets in mail and redirect targets", () => {
  it("reads the outbox only through the rule that decides who may see a mail's link", () => {
    const readers = files
      .filter((f) => /\bmailOutbox\b/.test(read(f)))
      .filter((f) => !f.startsWith("db/schema/") && f !== "lib/dal/mail/internal/store-outbox-mail.ts");
    expect(readers.length).toBeGreaterThan(0);
    expect(readers.filter((f) => !/\boutboxLinkFor\(/.test(read(f)))).toEqual([]);
  });

  it("every email template says whether its link carries a secret and whose it is", () => {
    const templates = files.filter((f) => f.startsWith("lib/mail/templates/"));
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.filter((f) => /token/.test(read(f)) && !/secret:\s*\{\s*value:/.test(read(f)))).toEqual([]);
  });

  it("takes redirect targets from a request only through safeRedirectPath", () => {
    const takers = files.filter((f) => /\.get\(\s*["'](next|callbackUrl|redirectTo|returnTo)["']\s*\)/.test(read(f)));
    expect(takers.filter((f) => !read(f).includes("safeRedirectPath"))).toEqual([]);
    for (const f of ["auth.ts", "proxy.ts", "app/actions/sign-in.ts"]) expect(read(f)).toContain("safeRedirectPath(");
  });

  it("has no hand-written same-site check beside lib/http/safe-redirect.ts", () => {
    const copies = files.filter(
      (f) => f !== "lib/http/safe-redirect.ts" && /startsWith\(\s*["'](\/\/|\/\\\\)["']\s*\)/.test(read(f)),
    );
    expect(copies).toEqual([]);
  });
});
