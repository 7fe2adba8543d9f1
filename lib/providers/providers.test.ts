import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retell } from "./retell";
import { startRetellServer } from "./testing/start-retell-server";
import { startVapiServer } from "./testing/start-vapi-server";
import { vapi } from "./vapi";

let vapiServer: Awaited<ReturnType<typeof startVapiServer>>;
let retellServer: Awaited<ReturnType<typeof startRetellServer>>;
beforeAll(async () => {
  vapiServer = await startVapiServer();
  retellServer = await startRetellServer();
});
afterAll(async () => {
  await vapiServer.close();
  await retellServer.close();
});

describe("provider modules against the local servers", () => {
  it("Vapi: lists assistants and edits by sending model/voice/transcriber back whole", async () => {
    const creds = { apiKey: vapiServer.apiKey, apiBaseUrl: vapiServer.url };
    vapiServer.addAssistant({ id: "asst_1", name: "Front desk", prompt: "Be kind.", voiceId: "burt" });
    expect(await vapi.listAgents(creds)).toMatchObject([{ externalId: "asst_1", prompt: "Be kind.", voice: "burt" }]);
    const after = await vapi.updateAgent(creds, "asst_1", { prompt: "Be brief.", voice: "paula", maxCallMinutes: 5 });
    expect(after).toMatchObject({ prompt: "Be brief.", voice: "paula", maxCallMinutes: 5 });
    const patch = vapiServer.received.findLast((r) => r.method === "PATCH")!.body as Record<string, never>;
    expect(patch).toMatchObject({
      model: {
        provider: "openai",
        model: "gpt-4o",
        temperature: 0.5,
        messages: [{ role: "system", content: "Be brief." }],
      },
      voice: { provider: "11labs", voiceId: "paula", stability: 0.5 },
      maxDurationSeconds: 300,
    });
  });

  it("Retell: prompt and greeting go to the LLM, voice to the agent, then the version is published", async () => {
    const creds = { apiKey: retellServer.apiKey, apiBaseUrl: retellServer.url };
    retellServer.addAgent({ id: "agent_1", name: "Intake", prompt: "Hi there.", beginMessage: "Hello" });
    expect(await retell.listAgents(creds)).toMatchObject([
      { externalId: "agent_1", greeting: "Hello", llmId: "llm_agent_1" },
    ]);
    const after = await retell.updateAgent(creds, "agent_1", { greeting: "Welcome!", voice: "11labs-Anna" });
    expect(after).toMatchObject({ greeting: "Welcome!", voice: "11labs-Anna" });
    const writes = retellServer.received.filter((r) => r.method !== "GET").map((r) => [r.method, r.path, r.body]);
    expect(writes).toEqual([
      ["PATCH", "/update-retell-llm/llm_agent_1", { begin_message: "Welcome!" }],
      ["PATCH", "/update-agent/agent_1", { voice_id: "11labs-Anna" }],
      ["POST", "/publish-agent-version/agent_1", {}],
    ]);
  });

  it("Vapi: choosing one of Vapi's own voices moves the assistant to the vapi voice provider, dropping the old provider's settings", async () => {
    const creds = { apiKey: vapiServer.apiKey, apiBaseUrl: vapiServer.url };
    vapiServer.addAssistant({ id: "asst_move", name: "Mover", voiceId: "burt" });
    await vapi.updateAgent(creds, "asst_move", { voice: "Savannah" });
    const patch = vapiServer.received.findLast((r) => r.method === "PATCH")!.body as Record<string, unknown>;
    expect(patch.voice).toEqual({ provider: "vapi", voiceId: "Savannah" });
    // A voice id that is not one of Vapi's stays with the assistant's own voice provider.
    await vapi.updateAgent(creds, "asst_move", { voice: "custom-id" });
    expect(vapiServer.received.findLast((r) => r.method === "PATCH")!.body).toMatchObject({
      voice: { provider: "vapi", voiceId: "custom-id" },
    });
    const choices = await vapi.agentChoices(creds, "asst_move");
    expect(choices.voices).toHaveLength(13);
    expect(choices.languages.map((l) => l.id)).toContain("nl-BE");
  });

  it("Retell: the voice choices are GET /list-voices, the languages Retell's locales", async () => {
    const creds = { apiKey: retellServer.apiKey, apiBaseUrl: retellServer.url };
    const choices = await retell.agentChoices(creds, "any");
    expect(choices.voices.map((v) => v.id)).toEqual(retellServer.voices.map((v) => v.voice_id));
    expect(choices.languages).toHaveLength(64);
    retellServer.knobs.wrongKey = true;
    try {
      await expect(retell.agentChoices(creds, "any")).rejects.toMatchObject({ kind: "unauthorized" });
    } finally {
      retellServer.knobs.wrongKey = false;
    }
  });

  it("a refused key is a ProviderError the user can read, without the key", async () => {
    await expect(vapi.validate({ apiKey: "not-the-key", apiBaseUrl: vapiServer.url })).rejects.toMatchObject({
      kind: "unauthorized",
      message: "Vapi refused the API key (HTTP 401).",
    });
  });
});
