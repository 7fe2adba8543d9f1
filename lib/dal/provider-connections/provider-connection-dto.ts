import "server-only";
import type { providerConnections } from "@/db/schema";
import { getConfig } from "@/lib/config";

/** SPEC §9: never the key, only its last four characters. */
export type ProviderConnectionDto = {
  id: string;
  provider: "vapi" | "retell";
  clientId: string | null;
  status: "connected" | "error";
  keyLast4: string;
  apiBaseUrl: string;
  webhookUrl: string;
  lastSyncAt: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
};

export function webhookUrlOf(provider: string, webhookId: string): string {
  return new URL(`/api/ingest/${provider}/${webhookId}`, getConfig().appUrl).toString();
}

export function toProviderConnectionDto(row: typeof providerConnections.$inferSelect): ProviderConnectionDto {
  return {
    id: row.id,
    provider: row.provider,
    clientId: row.clientId,
    status: row.status,
    keyLast4: row.keyLast4,
    apiBaseUrl: row.apiBaseUrl,
    webhookUrl: webhookUrlOf(row.provider, row.webhookId),
    lastSyncAt: row.lastSyncAt?.toISOString() ?? null,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
