import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib", "db", "auth.ts", "proxy.ts", "instrumentation.ts"];
// Only these may touch the database handle or the schema (STYLE.md: one way in).
const DB_ALLOWED = [
  "db/",
  "lib/dal/",
  "lib/authz/",
  "lib/audit/",
  "lib/auth/",
  "lib/jobs/",
  "lib/rate-limit/",
  "lib/sso/",
  // the SCIM 2.0 transport, authenticated by a directory's bearer token instead of a session; it runs
  // every query in withTenant of the token's agency and audits with actor type "scim".
  "lib/scim/",
];

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const abs = path.join(ROOT, rel);
    if (statSync(abs).isDirectory()) {
      for (const entry of readdirSync(abs)) walk(path.join(rel, entry));
    } else if (/\.(ts|tsx)$/.test(rel)) {
      out.push(rel.split(path.sep).join("/"));
    }
  };
  SOURCE_DIRS.forEach(walk);
  return out;
}

const isTest = (file: string) => /\.(int\.)?test\.ts$/.test(file) || file.startsWith("db/testing/");
const files = sourceFiles().filter((f) => !isTest(f));

const WRITES = /\.(insert|update|delete)\(/;

// The files in lib/dal's internal/ folders that `file` imports, directly or through one another.
function internalHelpersOf(file: string, seen = new Set<string>()): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  for (const [, spec] of text.matchAll(/from\s+["']([^"']+)["']/g)) {
    const base = spec.startsWith("@/")
      ? spec.slice(2)
      : spec.startsWith(".")
        ? path.posix.join(path.posix.dirname(file), spec)
        : null;
    if (!base || !base.startsWith("lib/dal/") || !base.includes("/internal/")) continue;
    const target = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => files.includes(f));
    if (!target || seen.has(target)) continue;
    seen.add(target);
    internalHelpersOf(target, seen);
  }
  return [...seen];
}

// Modules in lib/dal that are not verbs: the people guard hands each verb its team's audience (whose
// internal writes the verbs calling them run, after their own check, with their own audit event).
const NOT_VERBS = ["lib/dal/people/require-team.ts"];

describe("architecture", () => {
  it("imports the database only from db/, lib/dal/, lib/authz/, lib/audit/, lib/auth/, lib/jobs/ and lib/rate-limit/", () => {
    const offenders = files.filter((file) => {
      if (DB_ALLOWED.some((dir) => file.startsWith(dir))) return false;
      return /from\s+["'](@\/db\/(client|schema)[^"']*|drizzle-orm[^"']*)["']/.test(
        readFileSync(path.join(ROOT, file), "utf8"),
      );
    });
    expect(offenders).toEqual([]);
  });

  it("every data-access verb that writes checks a capability and writes an audit event", () => {
    const offenders = files
      .filter((f) => f.startsWith("lib/dal/") && !f.includes("/internal/") && !NOT_VERBS.includes(f))
      .filter((file) => {
        const text = readFileSync(path.join(ROOT, file), "utf8");
        // A write through an internal helper (lib/dal/**/internal/, followed to any depth) is the verb's write.
        const writes = [file, ...internalHelpersOf(file)].some((f) =>
          WRITES.test(readFileSync(path.join(ROOT, f), "utf8")),
        );
        if (!writes) return false;
        const checks = /require(Staff|StaffOnClient|Client|ClientTeam|Team|Self)\(/.test(text);
        const audits = /emitAudit\(/.test(text);
        return !(checks && audits);
      });
    expect(offenders).toEqual([]);
  });

  it("follows a verb's imports into the internal helpers that write for it", () => {
    // The rule above must see these: each verb writes only inside the helper it names.
    expect(internalHelpersOf("lib/dal/agents/update-agent.ts")).toContain(
      "lib/dal/agents/internal/save-agent-version.ts",
    );
    expect(WRITES.test(readFileSync(path.join(ROOT, "lib/dal/agents/internal/save-agent-version.ts"), "utf8"))).toBe(
      true,
    );
  });

  it("opens the owner's database handle only where no tenant is known yet or every agency is meant", () => {
    // Everything else runs its queries through withTenant (db/tenant.ts), under row-level security.
    const OWNER_HANDLE = [
      "db/bootstrap.ts",
      "db/client.ts",
      "db/tenant.ts",
      "db/migrate-cli.ts",
      "db/seed/seed-cli.ts", // set-up, as the owner
      "db/audit-verify-cli.ts",
      "db/audit-purge-cli.ts",
      "db/audit-checkpoint-cli.ts",
      "lib/jobs/background-jobs.ts", // across every agency
      "lib/rate-limit/shared-limiter.ts", // platform-wide counters, no tenant
      "db/readiness.ts", // the readiness probe: reachable, migrated
      "lib/auth/current-actor.ts",
      "lib/auth/end-session.ts", // the session row tells the agency
      "lib/dal/agencies/get-portal-agency.ts", // the host tells the agency
      "lib/auth/verify-credentials.ts",
      "lib/auth/request-password-reset.ts",
      "lib/auth/reset-password.ts", // e-mail or token → account; writes via withTenant
      "lib/auth/accept-invitation.ts",
      "lib/auth/redeem-preview-handoff.ts", // token → invitation or session; writes via withTenant
      "lib/auth/sign-up-agency.ts", // creates the agency
      "lib/sso/find-connection.ts", // the connection id in the URL tells the agency
      "lib/sso/find-sso-for-email.ts", // the host (or the staff email) tells the agency
      "lib/jobs/ingest/find-webhook-connection.ts", // a provider webhook's id → its connection and agency
      "lib/scim/find-directory.ts", // the SCIM bearer token tells the agency
      "lib/auth/mfa/find-sign-in-challenge.ts", // the challenge cookie tells the agency
    ];
    const offenders = files.filter(
      (file) =>
        !OWNER_HANDLE.includes(file) && /\bget(Db|Handle)\(\)/.test(readFileSync(path.join(ROOT, file), "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("lets components render data, never fetch it: no component imports lib/dal except for its types", () => {
    // Pages (or a page-local loader) call the verbs and hand DTOs down (STYLE.md: pages fetch,
    // components render); `import type` is erased at build time, so it pulls no query into a bundle.
    const offenders = files
      .filter((f) => f.startsWith("components/"))
      .filter((file) =>
        /import\s+(?!type\s)[^;]*?from\s+["']@\/lib\/dal\//.test(readFileSync(path.join(ROOT, file), "utf8")),
      );
    expect(offenders).toEqual([]);
  });

  it("marks every module that touches the database, secrets or the session server-only", () => {
    // `import "server-only"` makes the build fail when a client component pulls such a module in,
    // instead of shipping a query, a key or a session lookup to the browser (Next's Data Security guide).
    const SERVER_DIRS = ["lib/dal/", "lib/auth/", "lib/audit/", "lib/crypto/"];
    const SERVER_FILES = ["db/client.ts", "db/tenant.ts", "db/bootstrap.ts", "db/migrate.ts", "lib/config.ts"];
    const opensDatabase = /from\s+["'](@\/db\/(client|tenant)|(\.\.?\/)+(client|tenant))["']/;
    const offenders = files
      .filter((f) => !f.endsWith("-cli.ts")) // entry points run by tsx, never bundled
      .filter((f) => {
        const text = readFileSync(path.join(ROOT, f), "utf8");
        const serverSide =
          SERVER_DIRS.some((d) => f.startsWith(d)) ||
          SERVER_FILES.includes(f) ||
          (/^(lib|db)\//.test(f) && opensDatabase.test(text));
        return serverSide && !/^import\s+["']server-only["'];?$/m.test(text);
      });
    expect(offenders).toEqual([]);
  });

  it("keeps server-only modules out of what the Playwright runner loads (plain node throws on them)", () => {
    // The runner loads e2e/** and what it imports without the react-server condition, so a value
    // import that reaches a server-only module stops the whole end-to-end layer before any test runs.
    const resolve = (from: string, spec: string): string | undefined => {
      const base = spec.startsWith("@/")
        ? spec.slice(2)
        : spec.startsWith(".")
          ? path.posix.join(path.posix.dirname(from), spec)
          : null;
      if (base === null) return undefined;
      return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => {
        try {
          return statSync(path.join(ROOT, f)).isFile();
        } catch {
          return false;
        }
      });
    };
    const reachesServerOnly = (file: string, seen: Set<string>): string[] | null => {
      if (seen.has(file)) return null;
      seen.add(file);
      const text = readFileSync(path.join(ROOT, file), "utf8");
      if (/^import\s+["']server-only["']/m.test(text)) return [file];
      for (const [, spec] of text.matchAll(/^(?:import|export)(?!\s+type\s)[^;]*?from\s+["']([^"']+)["']/gms)) {
        const target = resolve(file, spec);
        const chain = target && reachesServerOnly(target, seen);
        if (chain) return [file, ...chain];
      }
      return null;
    };
    const e2eFiles: string[] = [];
    const walk = (rel: string) => {
      for (const entry of readdirSync(path.join(ROOT, rel))) {
        const child = `${rel}/${entry}`;
        if (statSync(path.join(ROOT, child)).isDirectory()) walk(child);
        else if (/\.ts$/.test(child)) e2eFiles.push(child);
      }
    };
    walk("e2e");
    const chains = [...e2eFiles, "playwright.config.ts"]
      .map((f) => reachesServerOnly(f, new Set()))
      .filter((chain): chain is string[] => chain !== null)
      .map((chain) => chain.join(" → "));
    expect(chains).toEqual([]);
  });

  it("builds every route's 405 answers with unsupportedMethods, the one pattern", () => {
    const offenders = files.filter(
      (f) => f.startsWith("app/api/") && /methodNotAllowed\(/.test(readFileSync(path.join(ROOT, f), "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps every server action in app/actions/, where components import them from", () => {
    // One predictable place: a component imports the action it calls, never gets it from a page.
    const offenders = files.filter(
      (f) =>
        !f.startsWith("app/actions/") &&
        /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(path.join(ROOT, f), "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps the proxy free of database access", () => {
    const proxy = readFileSync(path.join(ROOT, "proxy.ts"), "utf8");
    expect(proxy).not.toMatch(/@\/(db|lib\/dal|lib\/auth\/)/);
  });

  it("never sends the platform's name from portal code", () => {
    const portalFiles = files.filter((f) => f.startsWith("app/portal/") || f.startsWith("components/portal/"));
    const offenders = portalFiles.filter((f) =>
      /Switchboard|PLATFORM_NAME|PlatformLogo/.test(readFileSync(path.join(ROOT, f), "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
