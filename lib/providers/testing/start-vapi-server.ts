import { idAfter, startLocalProviderServer } from "./local-provider-server";

type Json = Record<string, unknown>;

/**
 * A local Vapi (shapes of the VapiAI server SDK: Assistant, PhoneNumber, Call). PATCH replaces
 * `model`, `voice` and `transcriber` whole and refuses one without `provider`, as Vapi does,
 * so a partial object sent by our code fails here too. `upstreamEdit` changes an assistant
 * "at the provider" (for conflict tests).
 */
export async function startVapiServer(apiKey = "vapi-test-key-0001") {
  const assistants = new Map<string, Json>();
  const phoneNumbers: Json[] = [];
  const calls = new Map<string, Json>();
  const now = () => new Date().toISOString();
  const server = await startLocalProviderServer(apiKey, [
    ({ method, path }) =>
      method === "GET" && path === "/assistant" ? { status: 200, body: [...assistants.values()] } : null,
    ({ method, path, body }) => {
      const id = idAfter(path, "/assistant");
      if (!id) return null;
      const current = assistants.get(id);
      if (!current) return { status: 404, body: { message: "Assistant not found" } };
      if (method === "GET") return { status: 200, body: current };
      if (method !== "PATCH") return null;
      const patch = (body ?? {}) as Json;
      for (const key of ["model", "voice", "transcriber"])
        if (key in patch && !(patch[key] as Json | null)?.provider)
          return { status: 400, body: { message: [`${key}.provider must be one of the providers`] } };
      const next = { ...current, ...patch, updatedAt: now() };
      assistants.set(id, next);
      return { status: 200, body: next };
    },
    ({ method, path }) => (method === "GET" && path === "/phone-number" ? { status: 200, body: phoneNumbers } : null),
    ({ method, path, query }) => {
      if (method !== "GET" || path !== "/call") return null;
      const since = query.get("createdAtGe");
      const list = [...calls.values()].filter((c) => !since || String(c.createdAt) >= since);
      return { status: 200, body: list };
    },
    ({ method, path }) => {
      const id = method === "GET" ? idAfter(path, "/call") : null;
      if (!id) return null;
      const c = calls.get(id);
      return c ? { status: 200, body: c } : { status: 404, body: { message: "Call not found" } };
    },
  ]);
  return {
    ...server,
    apiKey,
    assistants,
    phoneNumbers,
    calls,
    addAssistant(a: {
      id: string;
      name: string;
      prompt?: string;
      firstMessage?: string;
      voiceId?: string;
      language?: string;
    }) {
      const row: Json = {
        id: a.id,
        orgId: "org-local",
        name: a.name,
        firstMessage: a.firstMessage ?? "Hello!",
        maxDurationSeconds: 600,
        model: {
          provider: "openai",
          model: "gpt-4o",
          temperature: 0.5,
          messages: [{ role: "system", content: a.prompt ?? "" }],
        },
        voice: { provider: "11labs", voiceId: a.voiceId ?? "burt", stability: 0.5 },
        transcriber: { provider: "deepgram", model: "nova-2", language: a.language ?? "en" },
        createdAt: now(),
        updatedAt: now(),
      };
      assistants.set(a.id, row);
      return row;
    },
    upstreamEdit(id: string, patch: Json) {
      assistants.set(id, { ...assistants.get(id)!, ...patch, updatedAt: now() });
    },
  };
}
