import { ProviderError, type ProviderAgent, type ProviderCredentials, type VoiceProvider } from "./provider";
import { providerFetch } from "./provider-fetch";
import { retellChoices, type RetellVoice } from "./retell-catalogue";

/** The parts of Retell's AgentResponse and LlmResponse we use (retell-typescript-sdk). */
export type RetellAgent = {
  agent_id: string;
  agent_name?: string | null;
  voice_id?: string;
  language?: string;
  max_call_duration_ms?: number;
  version?: number;
  response_engine?: { type: string; llm_id?: string; version?: number };
  [k: string]: unknown;
};
export type RetellLlm = {
  llm_id: string;
  general_prompt?: string | null;
  begin_message?: string | null;
  [k: string]: unknown;
};
type RetellPhoneNumber = {
  phone_number: string;
  nickname?: string | null;
  inbound_agent_id?: string | null;
  inbound_agents?: { agent_id: string; weight?: number }[] | null;
};
type RetellCall = { call_id: string; start_timestamp?: number };

const LABEL = "Retell";
const call = <T>(c: ProviderCredentials, path: string, opts: { method?: string; body?: unknown } = {}) =>
  providerFetch<T>(c.apiBaseUrl, c.apiKey, path, { ...opts, label: LABEL });

const llmIdOf = (a: RetellAgent) => (a.response_engine?.type === "retell-llm" ? a.response_engine.llm_id : undefined);

export function fromRetell(a: RetellAgent, llm: RetellLlm | null): ProviderAgent {
  return {
    externalId: a.agent_id,
    name: a.agent_name ?? "Unnamed agent",
    prompt: llm?.general_prompt ?? "",
    greeting: llm?.begin_message ?? "",
    voice: a.voice_id ?? "",
    language: a.language ?? "",
    maxCallMinutes: a.max_call_duration_ms ? Math.round(a.max_call_duration_ms / 60_000) : null,
    llmId: llmIdOf(a),
    raw: { agent: a, llm },
  };
}

async function withLlm(c: ProviderCredentials, a: RetellAgent): Promise<ProviderAgent> {
  const llmId = llmIdOf(a);
  const llm = llmId ? await call<RetellLlm>(c, `/get-retell-llm/${encodeURIComponent(llmId)}`) : null;
  return fromRetell(a, llm);
}

export const retell: VoiceProvider = {
  id: "retell",
  label: LABEL,
  defaultBaseUrl: "https://api.retellai.com",
  async validate(c) {
    await call(c, "/list-agents?limit=1");
  },
  async listAgents(c) {
    const agents = await call<RetellAgent[]>(c, "/list-agents");
    // list-agents answers every version of every agent; keep the newest per agent.
    const newest = new Map<string, RetellAgent>();
    for (const a of agents) {
      const seen = newest.get(a.agent_id);
      if (!seen || (a.version ?? 0) > (seen.version ?? 0)) newest.set(a.agent_id, a);
    }
    return Promise.all([...newest.values()].map((a) => withLlm(c, a)));
  },
  async getAgent(c, id) {
    return withLlm(c, await call<RetellAgent>(c, `/get-agent/${encodeURIComponent(id)}`));
  },
  /**
   * Retell keeps prompt and greeting in the agent's LLM, voice, language and limits on the
   * agent; update-agent changes the draft, so the edit goes live only once published.
   */
  async updateAgent(c, id, edit) {
    const agent = await call<RetellAgent>(c, `/get-agent/${encodeURIComponent(id)}`);
    const llmId = llmIdOf(agent);
    if (edit.prompt !== undefined || edit.greeting !== undefined) {
      if (!llmId)
        throw new ProviderError(
          "unsupported",
          "This Retell agent does not use a Retell LLM; edit its prompt in Retell.",
        );
      const llmPatch: Record<string, unknown> = {};
      if (edit.prompt !== undefined) llmPatch.general_prompt = edit.prompt;
      if (edit.greeting !== undefined) llmPatch.begin_message = edit.greeting;
      await call(c, `/update-retell-llm/${encodeURIComponent(llmId)}`, { method: "PATCH", body: llmPatch });
    }
    const agentPatch: Record<string, unknown> = {};
    if (edit.voice !== undefined) agentPatch.voice_id = edit.voice;
    if (edit.language !== undefined) agentPatch.language = edit.language;
    if (edit.maxCallMinutes !== undefined) agentPatch.max_call_duration_ms = edit.maxCallMinutes * 60_000;
    if (Object.keys(agentPatch).length > 0)
      await call(c, `/update-agent/${encodeURIComponent(id)}`, { method: "PATCH", body: agentPatch });
    await call(c, `/publish-agent-version/${encodeURIComponent(id)}`, { method: "POST", body: {} });
    return retell.getAgent(c, id);
  },
  async listPhoneNumbers(c) {
    return (await call<RetellPhoneNumber[]>(c, "/v2/list-phone-numbers")).map((p) => ({
      externalId: p.phone_number,
      e164: p.phone_number,
      agentExternalId: p.inbound_agents?.[0]?.agent_id ?? p.inbound_agent_id ?? null,
      label: p.nickname ?? "",
    }));
  },
  async listCalls(c, since) {
    const body = { filter_criteria: { start_timestamp: { lower_threshold: since.getTime() } }, limit: 1000 };
    const calls = await call<RetellCall[]>(c, "/v2/list-calls", { method: "POST", body });
    return calls.map((x) => ({
      externalId: x.call_id,
      startedAt: x.start_timestamp ? new Date(x.start_timestamp).toISOString() : null,
      raw: x,
    }));
  },
  async getCall(c, id) {
    return call<unknown>(c, `/v2/get-call/${encodeURIComponent(id)}`);
  },
  async agentChoices(c) {
    const voices = await call<RetellVoice[]>(c, "/list-voices");
    if (!Array.isArray(voices))
      throw new ProviderError("rejected", "Retell answered the voice list with something else.");
    return retellChoices(voices.filter((v) => v && typeof v.voice_id === "string"));
  },
};
