import "server-only";
import { stringify } from "csv-stringify/sync";
import type { AuditEventDto } from "@/lib/audit/event-dto";

export const EXPORT_FORMATS = ["csv", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
};

const CSV_COLUMNS = [
  "id",
  "seq",
  "occurredAt",
  "action",
  "actorType",
  "actorId",
  "actorEmail",
  "targetType",
  "targetId",
  "clientId",
  "outcome",
  "ip",
  "userAgent",
  "sessionRef",
  "details",
] as const;

/**
 * One batch of events as text. CSV quoting (commas, quotes, newlines) is csv-stringify's; a cell a
 * spreadsheet would run as a formula (=, +, -, @ — e.g. an email typed at the login form) gets a
 * leading apostrophe. JSON Lines: JSON.stringify escapes newlines, so one event is one line.
 */
export function formatBatch(format: ExportFormat, events: AuditEventDto[], withHeader: boolean): string {
  if (format === "jsonl") return events.map((e) => `${JSON.stringify(e)}\n`).join("");
  const records = events.map((e) =>
    [
      e.id,
      e.seq,
      e.occurredAt,
      e.action,
      e.actor.type,
      e.actor.id,
      e.actor.email,
      e.target.type,
      e.target.id,
      e.clientId,
      e.outcome,
      e.ip,
      e.userAgent,
      e.actor.sessionRef,
      JSON.stringify(e.details),
    ].map(safeCell),
  );
  return stringify(records, { header: withHeader, columns: [...CSV_COLUMNS], record_delimiter: "\r\n" });
}

function safeCell(value: string | number | null): string | number | null {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
