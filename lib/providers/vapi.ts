import { providerFetch } from "./provider-fetch";
import { isVapiVoice, vapiChoices } from "./vapi-catalogue";
import {
  ProviderError,
  type ProviderAgent,
  type ProviderAgentEdit,
  type ProviderCredentials,
  type VoiceProvider,
} from "./provider";

/** The parts of Vapi's Assistant we read and write (VapiAI server SDK `Assistant`). */
type VapiMessage = { role: string; content?: string };
export type VapiAssistant = {
  id: string;
  name?: string;
  firstMessage?: string;
  maxDurationSeconds?: number;
  model?: { provider: string; model: string; messages?: VapiMessage[]; [k: string]: unknown };
  voice?: { provider: string; voiceId?: string; [k: string]: unknown };
  transcriber?: { provider: string; language?: string; [k: string]: unknown };
  [k: string]: unknown;
};
type VapiPhoneNumber = { id: string; number?: string; name?: string; assistantId?: string | null };
type VapiCall = { id: string; createdAt?: string; startedAt?: string };

const LABEL = "Vapi";
const call = <T>(c: ProviderCredentials, path: string, opts: { method?: string; body?: unknown } = {}) =>
  providerFetch<T>(c.apiBaseUrl, c.apiKey, path, { ...opts, label: LABEL });

export function fromVapiAssistant(a: VapiAssistant): ProviderAgent {
  const system = a.model?.messages?.find((m) => m.role === "system");
  return {
    externalId: a.id,
    name: a.name ?? "Unnamed assistant",
    prompt: system?.content ?? "",
    greeting: a.firstMessage ?? "",
    voice: a.voice?.voiceId ?? "",
    language: a.transcriber?.language ?? "",
    maxCallMinutes: a.maxDurationSeconds ? Math.round(a.maxDurationSeconds / 60) : null,
    raw: a,
  };
}

/**
 * Vapi's PATCH replaces `model`, `voice` and `transcriber` whole (they are discriminated unions
 * that require `provider`), so an edit reads the assistant and sends each object back complete
 * with only our field changed: sending `{voice: {voiceId}}` alone would be refused or would
 * drop the rest of the voice settings.
 */
export function vapiPatchFor(current: VapiAssistant, edit: ProviderAgentEdit): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (edit.prompt !== undefined) {
    if (!current.model) throw new ProviderError("unsupported", "This Vapi assistant has no model to hold a prompt.");
    const others = (current.model.messages ?? []).filter((m) => m.role !== "system");
    patch.model = { ...current.model, messages: [{ role: "system", content: edit.prompt }, ...others] };
  }
  if (edit.greeting !== undefined) patch.firstMessage = edit.greeting;
  if (edit.voice !== undefined) {
    if (!current.voice) throw new ProviderError("unsupported", "This Vapi assistant has no voice provider set.");
    // One of Vapi's own voices (what the picker offers) moves the assistant to the `vapi` voice
    // provider; the other provider's own settings (e.g. ElevenLabs' stability) do not apply there.
    const toVapi = current.voice.provider !== "vapi" && isVapiVoice(edit.voice);
    patch.voice = toVapi
      ? { ...pick(current.voice, VOICE_COMMON), provider: "vapi", voiceId: edit.voice }
      : { ...current.voice, voiceId: edit.voice };
  }
  if (edit.language !== undefined) {
    if (!current.transcriber)
      throw new ProviderError("unsupported", "This Vapi assistant has no transcriber to set a language on.");
    patch.transcriber = { ...current.transcriber, language: edit.language };
  }
  if (edit.maxCallMinutes !== undefined) patch.maxDurationSeconds = edit.maxCallMinutes * 60;
  return patch;
}

/** Voice settings every Vapi voice provider takes (Vapi API `VapiVoice` and the others alike). */
const VOICE_COMMON = ["speed", "chunkPlan", "fallbackPlan", "cachingEnabled"] as const;
const pick = (o: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

export const vapi: VoiceProvider = {
  id: "vapi",
  label: LABEL,
  defaultBaseUrl: "https://api.vapi.ai",
  async validate(c) {
    await call(c, "/assistant?limit=1");
  },
  async listAgents(c) {
    return (await call<VapiAssistant[]>(c, "/assistant?limit=1000")).map(fromVapiAssistant);
  },
  async getAgent(c, id) {
    return fromVapiAssistant(await call<VapiAssistant>(c, `/assistant/${encodeURIComponent(id)}`));
  },
  async updateAgent(c, id, edit) {
    const current = await call<VapiAssistant>(c, `/assistant/${encodeURIComponent(id)}`);
    const body = vapiPatchFor(current, edit);
    return fromVapiAssistant(
      await call<VapiAssistant>(c, `/assistant/${encodeURIComponent(id)}`, { method: "PATCH", body }),
    );
  },
  async listPhoneNumbers(c) {
    return (await call<VapiPhoneNumber[]>(c, "/phone-number?limit=1000")).map((p) => ({
      externalId: p.id,
      e164: p.number ?? "",
      agentExternalId: p.assistantId ?? null,
      label: p.name ?? "",
    }));
  },
  async listCalls(c, since) {
    const calls = await call<VapiCall[]>(c, `/call?limit=1000&createdAtGe=${encodeURIComponent(since.toISOString())}`);
    return calls.map((x) => ({ externalId: x.id, startedAt: x.startedAt ?? x.createdAt ?? null, raw: x }));
  },
  async getCall(c, id) {
    return call<unknown>(c, `/call/${encodeURIComponent(id)}`);
  },
  async agentChoices(c, id) {
    const assistant = await call<VapiAssistant>(c, `/assistant/${encodeURIComponent(id)}`);
    return vapiChoices(assistant.transcriber?.provider);
  },
};
