import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agentVersions, aiAgents, auditEvents, clients } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { AppError } from "@/lib/errors";
import { getAgent } from "./get-agent";
import { listAgents } from "./list-agents";
import { revertAgent } from "./revert-agent";
import { updateAgent } from "./update-agent";

async function agentId(clientName: string, agentName: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: aiAgents.id })
    .from(aiAgents)
    .innerJoin(clients, eq(clients.id, aiAgents.clientId))
    .where(and(eq(clients.name, clientName), eq(aiAgents.name, agentName)));
  return row.id;
}

async function auditRows(action: "agent_update" | "agent_revert", targetId: string) {
  const db = await getDb();
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)));
}

async function versionRows(id: string) {
  const db = await getDb();
  return db.select().from(agentVersions).where(eq(agentVersions.agentId, id));
}

const failsWith = async (work: Promise<unknown>, status: number) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
};

describe("listAgents / getAgent", () => {
  it("an agent-role user sees only its assigned agent", async () => {
    const agent = await clientUserFor("agent@brightdental.test");
    const list = await listAgents(agent);
    expect(list.map((a) => a.name)).toEqual(["Front Desk"]);
    await failsWith(getAgent(agent, await agentId("Bright Dental", "After Hours")), 404);
  });

  it("lists every agent of the client with numbers, voice and last call, in one query each", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const list = await listAgents(admin);
    expect(list.map((a) => a.name)).toEqual([
      "After-Hours Intake",
      "Client Intake",
      "Consultation Follow-up",
      "Spanish Intake",
    ]);
    const intake = list.find((a) => a.name === "Client Intake")!;
    expect(intake.phoneNumbers.map((p) => p.label).sort()).toEqual(["Injury hotline", "Main line"]);
    expect(intake.voice).toBe("sage");
    expect(intake.lastCallAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(list.find((a) => a.name === "Spanish Intake")!.lastCallAt).toBeNull();
  });

  it("another client's or another agency's agent is not found, and staff are not portal users", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    await failsWith(getAgent(admin, await agentId("Bright Dental", "Front Desk")), 404);
    await failsWith(getAgent(admin, await agentId("Globex Dental", "Reception")), 404);
    await failsWith(getAgent(admin, "not-a-uuid"), 404);
    await failsWith(listAgents(await staffFor("owner@acme.test")), 404);
  });

  it("a client without view_agents gets 403", async () => {
    await failsWith(listAgents(await clientUserFor("admin@novarealty.test")), 403);
  });
});

describe("updateAgent", () => {
  it("a Bright Dental supervisor (view_only: no edit_agents) is refused with 403 and nothing changes", async () => {
    const supervisor = await clientUserFor("supervisor@brightdental.test");
    const id = await agentId("Bright Dental", "Front Desk");
    await failsWith(updateAgent(supervisor, id, { version: 1, greeting: "Hello there" }), 403);
    expect((await getAgent(supervisor, id)).version).toBe(1);
  });

  it("the Summit Legal admin saves a version with author, diff and exactly one audit row", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const id = await agentId("Summit Legal", "Client Intake");
    const before = await getAgent(admin, id);
    const newPrompt = `${before.settings.prompt} Always confirm the caller's callback number.`;
    const saved = await updateAgent(admin, id, {
      version: before.version,
      greeting: "Summit Legal, Claire speaking.",
      prompt: newPrompt,
      maxCallMinutes: 25,
    });

    expect(saved.version).toBe(before.version + 1);
    expect(saved.settings.greeting).toBe("Summit Legal, Claire speaking.");
    expect(saved.versions[0]).toMatchObject({
      version: saved.version,
      author: { email: "admin@summitlegal.test" },
      revertedFrom: null,
      diff: {
        greeting: { before: before.settings.greeting, after: "Summit Legal, Claire speaking." },
        prompt: { before: before.settings.prompt, after: newPrompt },
        maxCallMinutes: { before: 20, after: 25 },
      },
    });
    const audits = await auditRows("agent_update", id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorEmail: "admin@summitlegal.test",
      clientId: admin.clientId,
      outcome: "success",
    });
    expect(audits[0].details).toMatchObject({
      version: saved.version,
      changes: { prompt: "changed", maxCallMinutes: { before: 20, after: 25 } },
    });
    // The script itself stays out of the audit log.
    expect(JSON.stringify(audits[0].details)).not.toContain("callback number");
  });

  it("a save that changes nothing writes nothing", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const id = await agentId("Summit Legal", "After-Hours Intake");
    const before = await getAgent(admin, id);
    const same = await updateAgent(admin, id, { version: before.version, voice: before.settings.voice });
    expect(same.version).toBe(before.version);
    expect(await auditRows("agent_update", id)).toHaveLength(0);
  });

  it.each([
    ["a greeting over 500 characters", { greeting: "x".repeat(501) }],
    ["a prompt over 8000 characters", { prompt: "x".repeat(8001) }],
    ["an unknown voice", { voice: "robot" }],
    ["an unknown language", { language: "xx-XX" }],
    ["a transfer number that is not E.164", { transferNumber: "555-0100" }],
    ["a call length over 60 minutes", { maxCallMinutes: 61 }],
    ["a call length of 0", { maxCallMinutes: 0 }],
    ["an unknown field", { name: "Renamed" }],
    ["no version", { greeting: "Hi" }],
  ])("refuses %s with 422 and stores nothing", async (_label, body) => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const id = await agentId("Summit Legal", "Consultation Follow-up");
    const before = await getAgent(admin, id);
    const input = "version" in body || _label === "no version" ? body : { version: before.version, ...body };
    await failsWith(updateAgent(admin, id, input), 422);
    const after = await getAgent(admin, id);
    expect(after.version).toBe(before.version);
    expect(after.settings).toEqual(before.settings);
    expect(await versionRows(id)).toHaveLength(before.versions.length);
    expect(await auditRows("agent_update", id)).toHaveLength(0);
  });

  it("accepts a transfer number typed with spaces and stores it in E.164; empty means no transfer", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const id = await agentId("Summit Legal", "Spanish Intake");
    const v = (await getAgent(admin, id)).version;
    expect(
      (await updateAgent(admin, id, { version: v, transferNumber: "+1 (303) 555-0199" })).settings.transferNumber,
    ).toBe("+13035550199");
    expect((await updateAgent(admin, id, { version: v + 1, transferNumber: "" })).settings.transferNumber).toBe("");
  });

  it("a save on a stale version gets 409", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const id = await agentId("Summit Legal", "Spanish Intake");
    const current = await getAgent(admin, id);
    await failsWith(updateAgent(admin, id, { version: current.version - 1, greeting: "Hola" }), 409);
  });

  it("cannot touch another client's agent (404)", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    await failsWith(
      updateAgent(admin, await agentId("Globex Dental", "Reception"), { version: 1, greeting: "Hi" }),
      404,
    );
  });
});

describe("revertAgent", () => {
  it("brings an old version back as a new version and audits agent_revert", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const id = await agentId("Summit Legal", "Client Intake");
    const original = (await getAgent(admin, id)).versions.find((v) => v.version === 1)!;
    expect(original).toBeDefined();
    const current = await getAgent(admin, id);
    const reverted = await revertAgent(admin, id, { toVersion: 1, version: current.version });
    expect(reverted.version).toBe(current.version + 1);
    expect(reverted.versions[0]).toMatchObject({ version: reverted.version, revertedFrom: 1 });
    const [v1] = await (
      await getDb()
    )
      .select()
      .from(agentVersions)
      .where(and(eq(agentVersions.agentId, id), eq(agentVersions.version, 1)));
    expect(reverted.settings).toEqual(v1.settings);
    const audits = await auditRows("agent_revert", id);
    expect(audits).toHaveLength(1);
    expect(audits[0].details).toMatchObject({ revertedTo: 1, version: reverted.version });

    await failsWith(revertAgent(admin, id, { toVersion: 1, version: reverted.version }), 422);
    await failsWith(revertAgent(admin, id, { toVersion: 99, version: reverted.version }), 404);
  });

  it("is refused without edit rights", async () => {
    const supervisor = await clientUserFor("supervisor@brightdental.test");
    await failsWith(
      revertAgent(supervisor, await agentId("Bright Dental", "Front Desk"), { toVersion: 1, version: 1 }),
      403,
    );
  });
});
