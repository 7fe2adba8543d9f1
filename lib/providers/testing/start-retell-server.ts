import { idAfter, startLocalProviderServer } from "./local-provider-server";

type Json = Record<string, unknown>;

/**
 * A local Retell (shapes of retell-typescript-sdk: AgentResponse, LlmResponse, PhoneNumberResponse,
 * call responses). update-agent changes the draft (`is_published: false`); publish-agent-version
 * publishes it and starts a new draft version, as Retell does. Recording URLs carry an expiry
 * (`expiresAt`), like Retell's signed URLs; `voice-calls` serves them.
 */
export async function startRetellServer(apiKey = "key_retell_test_0001") {
  const agents = new Map<string, Json>();
  const llms = new Map<string, Json>();
  const phoneNumbers: Json[] = [];
  const calls = new Map<string, Json>();
  const published: string[] = [];
  // GET /list-voices answers these (VoiceResponse: voice_id, voice_name, provider, gender, accent,
  // age, preview_audio_url); a test may add or remove some.
  const voices: Json[] = [
    voice("11labs-Adrian", "Adrian", "elevenlabs", "male", "American", "Young"),
    voice("11labs-Myra", "Myra", "elevenlabs", "female", "American", "Young"),
    voice("openai-Nova", "Nova", "openai", "female", "American", "Middle Aged"),
    voice("cartesia-Cleo", "Cleo", "cartesia", "female", "British", "Young"),
  ];
  const server = await startLocalProviderServer(apiKey, [
    ({ method, path }) => (method === "GET" && path === "/list-voices" ? { status: 200, body: voices } : null),
    ({ method, path }) =>
      method === "GET" && path === "/list-agents" ? { status: 200, body: [...agents.values()] } : null,
    ({ method, path }) => {
      const id = method === "GET" ? idAfter(path, "/get-agent") : null;
      if (!id) return null;
      const a = agents.get(id);
      return a ? { status: 200, body: a } : { status: 404, body: { error_message: "Agent not found" } };
    },
    ({ method, path, body }) => {
      const id = method === "PATCH" ? idAfter(path, "/update-agent") : null;
      if (!id) return null;
      const a = agents.get(id);
      if (!a) return { status: 404, body: { error_message: "Agent not found" } };
      const next = { ...a, ...(body as Json), is_published: false, last_modification_timestamp: Date.now() };
      agents.set(id, next);
      return { status: 200, body: next };
    },
    ({ method, path }) => {
      const id = method === "POST" ? idAfter(path, "/publish-agent-version") : null;
      if (!id) return null;
      const a = agents.get(id);
      if (!a) return { status: 404, body: { error_message: "Agent not found" } };
      published.push(id);
      agents.set(id, { ...a, is_published: true, version: Number(a.version ?? 0) + 1 });
      return { status: 200, body: agents.get(id) };
    },
    ({ method, path }) => {
      const id = method === "GET" ? idAfter(path, "/get-retell-llm") : null;
      if (!id) return null;
      const l = llms.get(id);
      return l ? { status: 200, body: l } : { status: 404, body: { error_message: "LLM not found" } };
    },
    ({ method, path, body }) => {
      const id = method === "PATCH" ? idAfter(path, "/update-retell-llm") : null;
      if (!id) return null;
      const l = llms.get(id);
      if (!l) return { status: 404, body: { error_message: "LLM not found" } };
      llms.set(id, { ...l, ...(body as Json), last_modification_timestamp: Date.now() });
      return { status: 200, body: llms.get(id) };
    },
    ({ method, path }) =>
      method === "GET" && path === "/v2/list-phone-numbers" ? { status: 200, body: phoneNumbers } : null,
    ({ method, path, body }) => {
      if (method !== "POST" || path !== "/v2/list-calls") return null;
      const lower = Number(
        (body as Json | undefined)?.filter_criteria
          ? ((body as { filter_criteria: { start_timestamp?: { lower_threshold?: number } } }).filter_criteria
              .start_timestamp?.lower_threshold ?? 0)
          : 0,
      );
      return { status: 200, body: [...calls.values()].filter((c) => Number(c.start_timestamp ?? 0) >= lower) };
    },
    ({ method, path }) => {
      const id = method === "GET" ? idAfter(path, "/v2/get-call") : null;
      if (!id) return null;
      const c = calls.get(id);
      return c ? { status: 200, body: c } : { status: 404, body: { error_message: "Call not found" } };
    },
  ]);
  return {
    ...server,
    apiKey,
    agents,
    llms,
    phoneNumbers,
    calls,
    published,
    voices,
    addAgent(a: {
      id: string;
      name: string;
      prompt?: string;
      beginMessage?: string;
      voiceId?: string;
      language?: string;
    }) {
      const llmId = `llm_${a.id}`;
      llms.set(llmId, {
        llm_id: llmId,
        version: 0,
        model: "gpt-4o",
        general_prompt: a.prompt ?? "",
        begin_message: a.beginMessage ?? "Hi!",
        last_modification_timestamp: Date.now(),
      });
      const agent: Json = {
        agent_id: a.id,
        agent_name: a.name,
        version: 0,
        is_published: true,
        response_engine: { type: "retell-llm", llm_id: llmId, version: 0 },
        voice_id: a.voiceId ?? "11labs-Adrian",
        language: a.language ?? "en-US",
        max_call_duration_ms: 3_600_000,
        last_modification_timestamp: Date.now(),
      };
      agents.set(a.id, agent);
      return agent;
    },
    /** A signed-looking recording URL on this server that stops working after `ttlMs`. */
    recordingUrl(callId: string, ttlMs = 60_000) {
      return `${server.url}/recordings/${encodeURIComponent(callId)}.wav?expiresAt=${Date.now() + ttlMs}`;
    },
  };
}

function voice(id: string, name: string, provider: string, gender: string, accent: string, age: string): Json {
  return {
    voice_id: id,
    voice_name: name,
    provider,
    gender,
    accent,
    age,
    preview_audio_url: `https://example.com/voice-previews/${encodeURIComponent(id)}.mp3`,
  };
}
