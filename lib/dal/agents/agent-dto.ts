import "server-only";
import type { agentVersions, AgentSettings, AgentStatus } from "@/db/schema";
import type { SettingsDiff } from "@/lib/agents/agent-settings";

export type PhoneNumberDto = { e164: string; label: string };

/** SPEC §6 agent list row: status, numbers, voice, last call. */
export type AgentSummaryDto = {
  id: string;
  name: string;
  status: AgentStatus;
  voice: string;
  language: string;
  phoneNumbers: PhoneNumberDto[];
  lastCallAt: string | null;
  callsLast30Days: number;
  version: number;
  updatedAt: string;
};

export type AgentVersionDto = {
  version: number;
  createdAt: string;
  author: { id: string | null; email: string | null } | null;
  diff: SettingsDiff;
  revertedFrom: number | null;
};

export type AgentDetailDto = AgentSummaryDto & { settings: AgentSettings; versions: AgentVersionDto[] };

type VersionRow = typeof agentVersions.$inferSelect;

export function toVersionDto(row: VersionRow): AgentVersionDto {
  return {
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    author: row.authorId || row.authorEmail ? { id: row.authorId, email: row.authorEmail } : null,
    diff: row.diff as SettingsDiff,
    revertedFrom: row.revertedFrom,
  };
}

/** Raw subquery answers differ by driver (Date or ISO string; json text or parsed): normalise. */
export function isoOrNull(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function jsonArray<T>(value: T[] | string | null | undefined): T[] {
  if (!value) return [];
  return typeof value === "string" ? (JSON.parse(value) as T[]) : value;
}
