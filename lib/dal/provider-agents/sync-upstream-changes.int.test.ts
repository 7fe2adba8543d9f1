import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agentVersions, aiAgents } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { auditRows, clientIdOf } from "@/db/testing/lookups";
import { updateAgent } from "@/lib/dal/agents/update-agent";
import { getClientPermissions } from "@/lib/dal/clients/get-client-permissions";
import { updateClientPermissions } from "@/lib/dal/clients/update-client-permissions";
import { createProviderConnection } from "@/lib/dal/provider-connections/create-provider-connection";
import { AppError } from "@/lib/errors";
import { startRetellServer } from "@/lib/providers/testing/start-retell-server";
import { startVapiServer } from "@/lib/providers/testing/start-vapi-server";
import { assignProviderAgent } from "./assign-provider-agent";
import { listProviderAgents } from "./list-provider-agents";
import { syncProviderAgents } from "./sync-provider-agents";

let retell: Awaited<ReturnType<typeof startRetellServer>>;
let vapi: Awaited<ReturnType<typeof startVapiServer>>;
beforeAll(async () => {
  [retell, vapi] = await Promise.all([startRetellServer(), startVapiServer()]);
});
afterAll(async () => {
  await Promise.all([retell.close(), vapi.close()]);
});

async function agentRow(id: string) {
  const [row] = await (await getDb()).select().from(aiAgents).where(eq(aiAgents.id, id));
  return row;
}

/** Connects, syncs and assigns one provider agent to a client; the portal agent's id. */
async function importAgent(provider: "vapi" | "retell", externalId: string, clientName: string) {
  const owner = await staffFor("owner@acme.test");
  const server = provider === "vapi" ? vapi : retell;
  const connection = await createProviderConnection(owner, {
    provider,
    apiKey: server.apiKey,
    apiBaseUrl: server.url,
  });
  await syncProviderAgents(owner, connection.id);
  const item = (await listProviderAgents(owner)).items.find(
    (a) => a.externalId === externalId && a.connectionId === connection.id,
  )!;
  const { agentId } = await assignProviderAgent(owner, item.id, { clientId: await clientIdOf(clientName) });
  return { owner, connectionId: connection.id, agentId: agentId! };
}

describe("sync brings provider-side changes into the portal", () => {
  it("a Vapi assistant changed at Vapi: its portal agent takes the new values as a new version", async () => {
    vapi.addAssistant({ id: "asst_upstream", name: "Night Desk", prompt: "Take messages.", firstMessage: "Hello!" });
    const { owner, connectionId, agentId } = await importAgent("vapi", "asst_upstream", "Harbor Plumbing");
    expect(await agentRow(agentId)).toMatchObject({ version: 1, voice: "burt", greeting: "Hello!" });

    const current = vapi.assistants.get("asst_upstream")!;
    vapi.upstreamEdit("asst_upstream", {
      name: "Night Desk 2",
      firstMessage: "Good evening!",
      voice: { ...(current.voice as object), voiceId: "Elliot" },
      model: { ...(current.model as object), messages: [{ role: "system", content: "Take detailed messages." }] },
      transcriber: { ...(current.transcriber as object), language: "es" },
    });
    const result = await syncProviderAgents(owner, connectionId);
    expect(result).toMatchObject({ updated: 1, conflicts: [] });
    expect(await agentRow(agentId)).toMatchObject({
      name: "Night Desk 2",
      version: 2,
      voice: "Elliot",
      greeting: "Good evening!",
      prompt: "Take detailed messages.",
      language: "es",
    });
    const [v2] = await (await getDb()).select().from(agentVersions).where(eq(agentVersions.agentId, agentId));
    expect(v2).toMatchObject({ version: 2, authorId: null, authorEmail: null });
    expect(Object.keys(v2.diff).sort()).toEqual(["greeting", "language", "prompt", "voice"]);
    expect((await auditRows("provider_agents_synced")).at(-1)).toMatchObject({ details: { updated: 1 } });

    // Nothing changed upstream since: a second sync writes no version.
    expect(await syncProviderAgents(owner, connectionId)).toMatchObject({ updated: 0, conflicts: [] });
    expect((await agentRow(agentId)).version).toBe(2);
  });

  it("a Retell field changed on both sides keeps the portal's value and is reported; a one-sided change on each side is taken or kept", async () => {
    retell.addAgent({ id: "agent_both", name: "Both Sides", prompt: "Base prompt.", beginMessage: "Base greeting." });
    const { owner, connectionId, agentId } = await importAgent("retell", "agent_both", "Bright Dental");
    // The portal holds edits the provider does not have (as a demo connection's edits are never sent).
    await (
      await getDb()
    )
      .update(aiAgents)
      .set({ prompt: "Portal prompt.", greeting: "Portal greeting." })
      .where(eq(aiAgents.id, agentId));
    retell.llms.set("llm_agent_both", { ...retell.llms.get("llm_agent_both")!, general_prompt: "Retell prompt." });
    retell.agents.set("agent_both", { ...retell.agents.get("agent_both")!, voice_id: "11labs-Myra" });

    const result = await syncProviderAgents(owner, connectionId);
    expect(result).toMatchObject({
      updated: 1,
      conflicts: [
        { agentId, agentName: "Both Sides", field: "prompt", ours: "Portal prompt.", theirs: "Retell prompt." },
      ],
    });
    expect(await agentRow(agentId)).toMatchObject({
      version: 2,
      prompt: "Portal prompt.",
      greeting: "Portal greeting.",
      voice: "11labs-Myra",
    });
    expect((await auditRows("provider_agents_synced")).at(-1)).toMatchObject({
      details: { conflicts: [{ agentId, field: "prompt" }] },
    });
    // The conflict is not forgotten: the next sync reports it again and a portal save of the prompt
    // is refused with both sides, never overwriting Retell's change unseen.
    expect((await syncProviderAgents(owner, connectionId)).conflicts).toHaveLength(1);
    const bright = await clientIdOf("Bright Dental");
    const perms = await getClientPermissions(owner, bright);
    await updateClientPermissions(owner, bright, { version: perms.version, view_agents: true, edit_agents: true });
    const editor = await clientUserFor("admin@brightdental.test");
    const refused = await updateAgent(editor, agentId, { version: 2, prompt: "Another portal prompt." }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      status: 409,
      details: { conflicts: [{ field: "prompt", theirs: "Retell prompt." }] },
    });
    // Agreeing with Retell resolves it: the save goes through and the next sync is clean. A voice
    // changed in Retell meanwhile is not swallowed by that save: the sync still brings it in.
    retell.agents.set("agent_both", { ...retell.agents.get("agent_both")!, voice_id: "11labs-Zed" });
    await updateAgent(editor, agentId, { version: 2, prompt: "Retell prompt." });
    expect(await syncProviderAgents(owner, connectionId)).toMatchObject({ updated: 1, conflicts: [] });
    expect(await agentRow(agentId)).toMatchObject({ version: 4, prompt: "Retell prompt.", voice: "11labs-Zed" });
  });
});
