import "server-only";
import type { providerConnections } from "@/db/schema";
import type { ProviderAgentSnapshot } from "@/db/schema";
import { secretBox } from "@/lib/crypto/secret-box";
import { invalid } from "@/lib/errors";
import { voiceProvider } from "@/lib/providers";
import { ProviderError, type ProviderAgent, type VoiceProvider } from "@/lib/providers/provider";

type ConnectionRow = typeof providerConnections.$inferSelect;

/** The provider module and the opened credentials of a stored connection. */
export function providerAccess(row: ConnectionRow) {
  const provider = voiceProvider(row.provider) as VoiceProvider;
  return { provider, creds: { apiKey: secretBox().open(row.apiKeyCiphertext, row.id), apiBaseUrl: row.apiBaseUrl } };
}

/** The editable fields as the provider has them: what a later edit is compared against. */
export function snapshotOf(agent: ProviderAgent): ProviderAgentSnapshot {
  return {
    prompt: agent.prompt,
    greeting: agent.greeting,
    voice: agent.voice,
    language: agent.language,
    maxCallMinutes: agent.maxCallMinutes,
  };
}

/** A provider's refusal or silence as a 422 the person can act on; never a 5xx, never the key. */
export async function askProvider<T>(label: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof ProviderError)) throw e;
    throw invalid(`${label}: ${e.message}`, { provider: e.kind });
  }
}
