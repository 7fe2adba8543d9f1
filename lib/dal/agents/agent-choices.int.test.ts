import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { agentIdsOf, clientIdOf } from "@/db/testing/lookups";
import { assignProviderAgent } from "@/lib/dal/provider-agents/assign-provider-agent";
import { listProviderAgents } from "@/lib/dal/provider-agents/list-provider-agents";
import { syncProviderAgents } from "@/lib/dal/provider-agents/sync-provider-agents";
import { createProviderConnection } from "@/lib/dal/provider-connections/create-provider-connection";
import { startRetellServer } from "@/lib/providers/testing/start-retell-server";
import { startVapiServer } from "@/lib/providers/testing/start-vapi-server";
import { getAgentChoices } from "./get-agent-choices";
import { updateAgent } from "./update-agent";

let retell: Awaited<ReturnType<typeof startRetellServer>>;
let vapi: Awaited<ReturnType<typeof startVapiServer>>;
beforeAll(async () => {
  [retell, vapi] = await Promise.all([startRetellServer(), startVapiServer()]);
});
afterAll(async () => {
  await Promise.all([retell.close(), vapi.close()]);
});

/** Connects a local provider, syncs, and gives Summit Legal (self-service) the agent; its portal id. */
async function importToSummit(provider: "vapi" | "retell", externalId: string) {
  const owner = await staffFor("owner@acme.test");
  const server = provider === "vapi" ? vapi : retell;
  const connection = await createProviderConnection(owner, { provider, apiKey: server.apiKey, apiBaseUrl: server.url });
  await syncProviderAgents(owner, connection.id);
  const item = (await listProviderAgents(owner)).items.find(
    (a) => a.externalId === externalId && a.connectionId === connection.id,
  )!;
  return (await assignProviderAgent(owner, item.id, { clientId: await clientIdOf("Summit Legal") })).agentId!;
}

let retellAgentId = "";

describe("an agent's voice and language choices", () => {
  it("a Retell agent offers Retell's own voices (GET /list-voices with the connection's key) and languages; a failing Retell leaves the current ones with the reason", async () => {
    retell.addAgent({ id: "agent_voices", name: "Voice Picker", prompt: "Help.", voiceId: "11labs-Adrian" });
    const agentId = await importToSummit("retell", "agent_voices");
    retellAgentId = agentId;
    const admin = await clientUserFor("admin@summitlegal.test");
    const before = retell.received.length;
    const choices = await getAgentChoices(admin, agentId);
    const asked = retell.received.slice(before).filter((r) => r.path === "/list-voices");
    expect(asked).toEqual([expect.objectContaining({ method: "GET", authorization: `Bearer ${retell.apiKey}` })]);
    expect(choices.notice).toBeNull();
    expect(choices.voices).toEqual(
      retell.voices.map((v) =>
        expect.objectContaining({ id: v.voice_id, label: expect.stringContaining(String(v.voice_name)) }),
      ),
    );
    expect(choices.voices[0]).toEqual({ id: "11labs-Adrian", label: "Adrian — American, male, Young, elevenlabs" });
    expect(choices.languages).toContainEqual({ id: "en-US", label: "American English (en-US)" });
    expect(choices.languages).toContainEqual({ id: "es-419", label: "Latin American Spanish (es-419)" });
    expect(choices.languages.map((l) => l.id)).not.toContain("en-CA"); // the product's own list has it; Retell does not
    expect(JSON.stringify(choices)).not.toContain(retell.apiKey);

    // One of the listed voices is saved and reaches Retell.
    await updateAgent(admin, agentId, { version: 1, voice: "cartesia-Cleo", language: "fil-PH" });
    expect(retell.agents.get("agent_voices")).toMatchObject({ voice_id: "cartesia-Cleo", language: "fil-PH" });

    retell.knobs.failStatus = 500;
    try {
      const fallback = await getAgentChoices(admin, agentId);
      expect(fallback).toEqual({
        voices: [{ id: "cartesia-Cleo", label: "cartesia-Cleo" }],
        languages: [{ id: "fil-PH", label: "fil-PH" }],
        notice: expect.stringMatching(/could not be loaded from Retell: Retell answered HTTP 500\..*current ones/),
      });
    } finally {
      retell.knobs.failStatus = 0;
    }
  });

  it("a Vapi assistant offers Vapi's own voices plus the one it has, and its Deepgram transcriber's languages; agents made here keep the product's lists", async () => {
    vapi.addAssistant({ id: "asst_voices", name: "Vapi Picker", prompt: "Help.", voiceId: "burt", language: "en" });
    const agentId = await importToSummit("vapi", "asst_voices");
    const admin = await clientUserFor("admin@summitlegal.test");
    const choices = await getAgentChoices(admin, agentId);
    expect(choices.voices.map((v) => v.id)).toEqual([
      "burt",
      "Elliot",
      "Savannah",
      "Rohan",
      "Emma",
      "Clara",
      "Nico",
      "Kai",
      "Sagar",
      "Godfrey",
      "Neil",
      "Layla",
      "Sid",
      "Naina",
    ]);
    expect(choices.voices[1]).toEqual({ id: "Elliot", label: "Elliot — Canadian, male, Vapi voice" });
    expect(choices.languages).toContainEqual({ id: "en", label: "English (en)" });
    expect(choices.languages).toContainEqual({ id: "multi", label: "Multilingual (multi)" });

    const made = (await agentIdsOf("Summit Legal")).find((id) => id !== agentId && id !== retellAgentId)!;
    const own = await getAgentChoices(admin, made);
    expect(own.voices.map((v) => v.id)).toContain("alloy");
    expect(own.notice).toBeNull();
  });
});
