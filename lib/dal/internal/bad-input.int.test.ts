import { describe, expect, it } from "vitest";
import { clientUserFor, staffFor, TEST_META } from "@/db/testing/actor-for";
import { auditEventsSince, auditMark } from "@/db/testing/audit-events";
import { clientIdOf } from "@/db/testing/lookups";
import { testHosts } from "@/db/testing/hosts";
import { runAction } from "@/lib/actions/run-action";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { listAgents } from "@/lib/dal/agents/list-agents";
import { updateAgent } from "@/lib/dal/agents/update-agent";
import { listAuditEvents } from "@/lib/dal/audit/list-audit-events";
import { streamAuditExport } from "@/lib/dal/audit/stream-audit-export";
import { getAnalytics } from "@/lib/dal/calls/get-analytics";
import { listCalls } from "@/lib/dal/calls/list-calls";
import { streamCallsCsv } from "@/lib/dal/calls/stream-calls-csv";
import { createClient } from "@/lib/dal/clients/create-client";
import { listClients } from "@/lib/dal/clients/list-clients";
import { updateClient } from "@/lib/dal/clients/update-client";
import { connectIntegration } from "@/lib/dal/integrations/connect-integration";
import { listIntegrations } from "@/lib/dal/integrations/list-integrations";
import { AppError } from "@/lib/errors";
import { invitePerson } from "@/lib/dal/people/invite-person";
import { clientTeam } from "@/lib/dal/people/team";

// Issue 18 item 7: each of these answered 500 (a failed query or an invalid Date) before the
// shared checks; each must be a 4xx naming the problem, and store nothing.
async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError))
    throw new Error(`expected a refusal, got ${error instanceof Error ? error.stack : JSON.stringify(error)}`);
  expect(error.status).toBeGreaterThanOrEqual(400);
  expect(error.status).toBeLessThan(500);
  return error;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("bad input on write verbs stores nothing", () => {
  it.each([
    ["NUL", "\u0000"],
    ["NUL inside a name", "Bright\u0000 Dental 2"],
    ["a lone surrogate", "half\ud800"],
    ["a control character", "bell\u0007"],
  ])("a client name with %s is a 422 naming the field", async (_, name) => {
    const owner = await staffFor("owner@acme.test");
    const mark = await auditMark(owner.agencyId);
    const error = await refusal(createClient(owner, { name }));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/^name: must not contain NUL/);
    expect(await auditEventsSince(owner.agencyId, mark)).toEqual([]);
    expect((await listClients(owner, { q: "half" })).items).toEqual([]);
  });

  it("a NUL in a jsonb key or value of an integration's config is a 422", async () => {
    const admin = await clientUserFor("admin@summitlegal.test");
    const before = (await listIntegrations(admin)).length;
    expect(
      (
        await refusal(
          connectIntegration(admin, { provider: "webhook", config: { "u\u0000rl": "https://example.com" } }),
        )
      ).message,
    ).toMatch(/^config\.u/);
    expect(
      (await refusal(connectIntegration(admin, { provider: "webhook", config: { url: "https://example.com/\u0000" } })))
        .message,
    ).toMatch(/^config\.url: /);
    expect((await listIntegrations(admin)).length).toBe(before);
  });

  it("renaming a client, editing an agent's prompt or inviting with NUL is a 422", async () => {
    const owner = await staffFor("owner@acme.test");
    const admin = await clientUserFor("admin@summitlegal.test");
    const [agent] = await listAgents(admin);
    const mark = await auditMark(owner.agencyId);
    expect(
      (await refusal(updateClient(owner, await clientIdOf("Summit Legal"), { name: "Summit\u0000" }))).status,
    ).toBe(422);
    expect(
      (await refusal(updateAgent(admin, agent.id, { prompt: "Answer\u0000 calls", version: agent.version }))).status,
    ).toBe(422);
    await refusal(
      invitePerson(owner, clientTeam(await clientIdOf("Summit Legal")), {
        email: "new\u0000@summit.test",
        role: "analyst",
      }),
    );
    expect(await auditEventsSince(owner.agencyId, mark)).toEqual([]);
    expect((await listAgents(admin))[0].version).toBe(agent.version);
  });

  it("a server action gets the same message as a result, not an exception", async () => {
    const owner = await staffFor("owner@acme.test");
    expect(await runAction(() => createClient(owner, { name: "\u0000" }))).toEqual({
      ok: false,
      code: "validation_failed",
      error: "name: must not contain NUL, control characters or unpaired surrogates.",
    });
  });
});

describe("bad search text, dates and cursors on reads", () => {
  it.each([
    ["q with NUL", { q: "\u0000" }],
    ["to beyond the year 9999", { to: "9999-12-31" }],
    ["from in year 0", { from: "0000-01-01" }],
    ["an ISO time far out", { to: "9999-12-31T23:59:59Z" }],
    ["from after to", { from: "2026-05-02", to: "2026-05-01" }],
    ["a huge cursor", { cursor: "A".repeat(10_000) }],
    [
      "a cursor with digits beyond bigint",
      { cursor: b64({ m: "9".repeat(30), i: "00000000-0000-4000-8000-000000000000", d: "n" }) },
    ],
  ])("the calls list and its export refuse %s", async (_, query) => {
    const admin = await clientUserFor("admin@summitlegal.test");
    await refusal(listCalls(admin, query));
    if (!("cursor" in query)) await refusal(streamCallsCsv(admin, query));
  });

  it.each([
    ["to beyond 2999", { to: "9999-12-31" }],
    ["from and to far out", { from: "9999-12-01", to: "9999-12-31" }],
    ["an impossible day", { from: "2026-02-30" }],
  ])("analytics refuse %s", async (_, query) => {
    const admin = await clientUserFor("admin@summitlegal.test");
    expect((await refusal(getAnalytics(admin, query))).status).toBe(422);
  });

  it.each([
    ["to beyond 2999", { to: "9999-12-31" }],
    ["a date JavaScript cannot hold", { from: "275760-09-13" }],
    ["a loose date format", { from: "Jan 1 275761" }],
    ["from after to", { from: "2026-05-02", to: "2026-05-01" }],
    ["a cursor beyond bigint", { cursor: "9".repeat(40) }],
    ["an actor with NUL", { actor: "a\u0000@b.c" }],
  ])("the audit log and its export refuse %s", async (_, query) => {
    const owner = await staffFor("owner@acme.test");
    await refusal(listAuditEvents(owner, query));
    if (!("cursor" in query)) await refusal(streamAuditExport(owner, query));
  });

  it("the client list refuses q with NUL and a cursor whose name holds NUL", async () => {
    const owner = await staffFor("owner@acme.test");
    await refusal(listClients(owner, { q: "a\u0000" }));
    await refusal(listClients(owner, { cursor: b64(["\u0000", "00000000-0000-4000-8000-000000000000"]) }));
  });
});

describe("sign-in and reset forms", () => {
  it("an email with NUL is a wrong sign-in and a silent reset, not a failed query", async () => {
    const result = await verifyCredentials({
      email: "owner@acme.test\u0000",
      password: "x",
      host: testHosts().console,
      meta: TEST_META,
    });
    expect(result.ok).toBe(false);
    await expect(requestPasswordReset("owner\u0000@acme.test", testHosts().console, TEST_META)).resolves.toBeDefined();
  });
});
