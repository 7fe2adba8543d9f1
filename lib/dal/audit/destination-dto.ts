import "server-only";
import type { auditDestinations } from "@/db/schema";

type DestinationRow = typeof auditDestinations.$inferSelect;

/** A SIEM destination as the console sees it: never its secret. */
export function toDestinationDto(row: DestinationRow, pending = 0) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    url: row.url,
    enabled: row.enabled,
    health: !row.enabled
      ? ("disabled" as const)
      : row.failures > 0
        ? ("failing" as const)
        : row.lastSuccessAt
          ? ("healthy" as const)
          : ("untested" as const),
    failures: row.failures,
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    lastError: row.lastError,
    lastErrorAt: row.lastErrorAt?.toISOString() ?? null,
    pending,
    createdAt: row.createdAt.toISOString(),
  };
}

export type AuditDestinationDto = ReturnType<typeof toDestinationDto>;
