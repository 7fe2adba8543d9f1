import "server-only";
/** Whether a failed query broke a unique index (PostgreSQL 23505); drizzle wraps the driver's error in `cause`. */
export function isUniqueViolation(error: unknown, indexName?: string): boolean {
  for (
    let e = error as
      { code?: string; constraint?: string; constraint_name?: string; message?: string; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (e.code === "23505") {
      if (!indexName) return true;
      const name = e.constraint ?? e.constraint_name ?? "";
      return name === indexName || (e.message ?? "").includes(indexName);
    }
  }
  return false;
}
