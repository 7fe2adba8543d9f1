import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { aiAgents, providerAgents } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { auditRows, clientIdOf } from "@/db/testing/lookups";
import { updateAgent } from "@/lib/dal/agents/update-agent";
import { createProviderConnection } from "@/lib/dal/provider-connections/create-provider-connection";
import { getClientPermissions } from "@/lib/dal/clients/get-client-permissions";
import { updateClientPermissions } from "@/lib/dal/clients/update-client-permissions";
import { AppError } from "@/lib/errors";
import { startRetellServer } from "@/lib/providers/testing/start-retell-server";
import { assignProviderAgent } from "./assign-provider-agent";
import { listProviderAgents } from "./list-provider-agents";
import { syncProviderAgents } from "./sync-provider-agents";

let retell: Awaited<ReturnType<typeof startRetellServer>>;
beforeAll(async () => {
  retell = await startRetellServer();
});
afterAll(async () => {
  await retell.close();
});

const failure = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e) => (e instanceof AppError ? { status: e.status, message: e.message, details: e.details } : e),
  );

describe("provider agents", () => {
  it("sync imports agents and numbers, marks vanished ones inactive, keeps them; assignment gives the client its agent", async () => {
    const owner = await staffFor("owner@acme.test");
    retell.addAgent({ id: "agent_sync_a", name: "Reception", prompt: "Be kind.", beginMessage: "Hello!" });
    retell.addAgent({ id: "agent_sync_b", name: "Overflow" });
    retell.phoneNumbers.push({ phone_number: "+15550001111", inbound_agent_id: "agent_sync_a" });
    const connection = await createProviderConnection(owner, {
      provider: "retell",
      apiKey: retell.apiKey,
      apiBaseUrl: retell.url,
    });
    expect(await syncProviderAgents(owner, connection.id)).toMatchObject({ found: 2, added: 2, inactive: 0 });
    const listed = (await listProviderAgents(owner)).items.filter((a) => a.connectionId === connection.id);
    expect(listed.map((a) => [a.name, a.client, a.status])).toEqual([
      ["Overflow", null, "active"],
      ["Reception", null, "active"],
    ]);
    const reception = listed.find((a) => a.name === "Reception")!;
    expect(reception.phoneNumbers).toEqual(["+15550001111"]);

    const harbor = await clientIdOf("Harbor Plumbing");
    const assigned = await assignProviderAgent(owner, reception.id, { clientId: harbor });
    const [agent] = await (await getDb()).select().from(aiAgents).where(eq(aiAgents.id, assigned.agentId!));
    expect(agent).toMatchObject({
      clientId: harbor,
      name: "Reception",
      prompt: "Be kind.",
      greeting: "Hello!",
      voice: "11labs-Adrian",
    });
    expect((await auditRows("agent_assigned")).at(-1)).toMatchObject({
      clientId: harbor,
      details: { to: harbor, from: null },
    });

    retell.agents.delete("agent_sync_a");
    expect(await syncProviderAgents(owner, connection.id)).toMatchObject({ found: 1, inactive: 1 });
    const [after] = await (await getDb()).select().from(aiAgents).where(eq(aiAgents.id, agent.id));
    expect(after.providerStatus).toBe("inactive");
    const [row] = await (await getDb()).select().from(providerAgents).where(eq(providerAgents.id, reception.id));
    expect(row).toMatchObject({ status: "inactive", agentId: agent.id });
  });

  it("refuses assignment to another agency's client, by managers and members, and by another agency", async () => {
    const owner = await staffFor("owner@acme.test");
    retell.addAgent({ id: "agent_refuse", name: "Refusals" });
    const connection = await createProviderConnection(owner, {
      provider: "retell",
      apiKey: retell.apiKey,
      apiBaseUrl: retell.url,
    });
    await syncProviderAgents(owner, connection.id);
    const item = (await listProviderAgents(owner)).items.find(
      (a) => a.externalId === "agent_refuse" && a.connectionId === connection.id,
    )!;
    const globexClient = await clientIdOf("Initech", "globex").catch(() => crypto.randomUUID());
    expect((await failure(assignProviderAgent(owner, item.id, { clientId: globexClient })))?.status).toBe(404);
    // Assignment decides whose portal an agent's calls reach: a manager may not, even to a client they edit.
    const manager = await staffFor("manager@acme.test");
    expect(
      (await failure(assignProviderAgent(manager, item.id, { clientId: await clientIdOf("Bright Dental") })))?.status,
    ).toBe(403);
    expect(
      (await failure(assignProviderAgent(await staffFor("member@acme.test"), item.id, { clientId: null })))?.status,
    ).toBe(403);
    expect(
      (await failure(assignProviderAgent(await staffFor("owner@globex.test"), item.id, { clientId: null })))?.status,
    ).toBe(404);
    expect((await failure(syncProviderAgents(await staffFor("manager@acme.test"), connection.id)))?.status).toBe(403);
    expect((await failure(syncProviderAgents(await staffFor("owner@globex.test"), connection.id)))?.status).toBe(404);
  });

  it("a portal edit is written to Retell (LLM, then publish) before it is saved; a change made in Retell is a conflict; a refusal saves nothing", async () => {
    const owner = await staffFor("owner@acme.test");
    retell.addAgent({ id: "agent_edit", name: "Front Line", prompt: "Original prompt.", beginMessage: "Hi there!" });
    const connection = await createProviderConnection(owner, {
      provider: "retell",
      apiKey: retell.apiKey,
      apiBaseUrl: retell.url,
    });
    await syncProviderAgents(owner, connection.id);
    const item = (await listProviderAgents(owner)).items.find(
      (a) => a.externalId === "agent_edit" && a.connectionId === connection.id,
    )!;
    const bright = await clientIdOf("Bright Dental");
    const { agentId } = await assignProviderAgent(owner, item.id, { clientId: bright });
    // Bright Dental is view_only by default: allow agent edits for this test.
    const perms = await getClientPermissions(owner, bright);
    await updateClientPermissions(owner, bright, { version: perms.version, view_agents: true, edit_agents: true });
    const editor = await clientUserFor("admin@brightdental.test");

    const saved = await updateAgent(editor, agentId!, { version: 1, greeting: "Welcome to Bright Dental!" });
    expect(saved.version).toBe(2);
    expect(retell.llms.get("llm_agent_edit")).toMatchObject({ begin_message: "Welcome to Bright Dental!" });
    expect(retell.published).toContain("agent_edit");

    // Someone edits the prompt in Retell itself: our next edit of it is refused with both sides.
    retell.llms.set("llm_agent_edit", { ...retell.llms.get("llm_agent_edit")!, general_prompt: "Changed in Retell." });
    const conflict = await failure(updateAgent(editor, agentId!, { version: 2, prompt: "Our new prompt." }));
    expect(conflict).toMatchObject({
      status: 409,
      details: { conflicts: [{ field: "prompt", ours: "Original prompt.", theirs: "Changed in Retell." }] },
    });
    expect(retell.llms.get("llm_agent_edit")).toMatchObject({ general_prompt: "Changed in Retell." });

    // The provider refuses (its agent is gone): 422 naming the provider, our version unsaved.
    retell.agents.delete("agent_edit");
    const refused = await failure(updateAgent(editor, agentId!, { version: 2, greeting: "Another greeting." }));
    expect(refused).toMatchObject({ status: 422 });
    expect(String((refused as { message: string }).message)).toMatch(/Retell/);
    const [row] = await (await getDb()).select().from(aiAgents).where(eq(aiAgents.id, agentId!));
    expect(row).toMatchObject({ version: 2, greeting: "Welcome to Bright Dental!" });
  });
});
