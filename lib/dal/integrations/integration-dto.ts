import "server-only";
import type { integrations } from "@/db/schema";
import { providerOf } from "@/lib/integrations/providers";

type IntegrationRow = typeof integrations.$inferSelect;

/**
 * What leaves the server about an integration: its non-secret settings and a hint of the secret
 * ("••••1234"). The ciphertext, and the secret itself, never do.
 */
export type IntegrationDto = {
  id: string;
  kind: IntegrationRow["kind"];
  provider: string;
  providerLabel: string;
  name: string;
  status: IntegrationRow["status"];
  config: Record<string, string>;
  secretHint: string | null;
  lastEventAt: string | null;
  lastError: string | null;
  createdAt: string;
};

export function toIntegrationDto(row: IntegrationRow): IntegrationDto {
  return {
    id: row.id,
    kind: row.kind,
    provider: row.provider,
    providerLabel: providerOf(row.provider)?.label ?? row.provider,
    name: row.name,
    status: row.status,
    config: { ...row.config },
    secretHint: row.secretCiphertext ? row.secretHint : null,
    lastEventAt: row.lastEventAt?.toISOString() ?? null,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
  };
}
