import type { VoiceProvider } from "./provider";
import { retell } from "./retell";
import { vapi } from "./vapi";

export const VOICE_PROVIDERS = { vapi, retell } as const satisfies Record<string, VoiceProvider>;
export type VoiceProviderKey = keyof typeof VOICE_PROVIDERS;
export const VOICE_PROVIDER_IDS = Object.keys(VOICE_PROVIDERS) as VoiceProviderKey[];

export function voiceProvider(id: string): VoiceProvider | undefined {
  return (VOICE_PROVIDERS as Record<string, VoiceProvider>)[id];
}
