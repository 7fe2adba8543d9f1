import type { AuditActor } from "@/lib/audit/emit-audit";
import type { ScimDirectory } from "./directory";

/** One authenticated SCIM request: its directory, the base URL it answers on, the audit actor. */
export type ScimContext = { dir: ScimDirectory; base: string; actor: AuditActor; url: URL };

/** Postgres (postgres.js or PGlite, possibly wrapped by Drizzle) unique violation. */
export function isUniqueViolation(error: unknown): boolean {
  let e = error as { code?: string; cause?: unknown } | undefined;
  for (let i = 0; e && i < 4; i++, e = e.cause as typeof e) if (e.code === "23505") return true;
  return false;
}
