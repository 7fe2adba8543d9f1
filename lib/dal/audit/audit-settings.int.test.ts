import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditDestinations } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { auditMark, expectOneAuditEvent } from "@/db/testing/audit-events";
import { startReceiver } from "@/db/testing/http-receiver";
import { createAuditDestination } from "./create-audit-destination";
import { deleteAuditDestination } from "./delete-audit-destination";
import { getAuditSettings } from "./get-audit-settings";
import { setAuditDestinationEnabled } from "./set-audit-destination-enabled";
import { testAuditDestination } from "./test-audit-destination";
import { updateAuditRetention } from "./update-audit-retention";

const SECRET = "whsec-0123456789abcdef";

describe("audit retention", () => {
  it("defaults to 365 days and accepts 30 to 3,650", async () => {
    const admin = await staffFor("admin@acme.test");
    expect((await getAuditSettings(admin)).retentionDays).toBe(365);
    await expect(updateAuditRetention(admin, { retentionDays: 29 })).rejects.toMatchObject({
      code: "validation_failed",
      message: expect.stringContaining("at least 30"),
    });
    await expect(updateAuditRetention(admin, { retentionDays: 3651 })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(updateAuditRetention(admin, { retentionDays: 90.5 })).rejects.toMatchObject({
      code: "validation_failed",
    });
    expect(await updateAuditRetention(admin, { retentionDays: "30" })).toEqual({ retentionDays: 30 });
    expect(await updateAuditRetention(admin, { retentionDays: 3650 })).toEqual({ retentionDays: 3650 });
  });

  it("writes nothing when unchanged; other tenants keep theirs", async () => {
    const owner = await staffFor("owner@acme.test");
    const mark = await auditMark(owner.agencyId);
    await updateAuditRetention(owner, { retentionDays: 3650 });
    await expect(expectOneAuditEvent(owner.agencyId, mark, { action: "retention_policy_change" })).rejects.toThrow();
    expect((await getAuditSettings(await staffFor("owner@globex.test"))).retentionDays).toBe(365);
  });

  it("is for owners and admins: manager 403, client user 404", async () => {
    await expect(
      updateAuditRetention(await staffFor("manager@acme.test"), { retentionDays: 60 }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(getAuditSettings(await staffFor("member@acme.test"))).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      updateAuditRetention(await clientUserFor("admin@brightdental.test"), { retentionDays: 60 }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("SIEM destinations", () => {
  it("adds one with its secret sealed, never shown, and audits it without the secret", async () => {
    const owner = await staffFor("owner@acme.test");
    const mark = await auditMark(owner.agencyId);
    const created = await createAuditDestination(owner, {
      kind: "splunk_hec",
      name: "Splunk",
      url: "http://127.0.0.1:8088/services/collector/event?token=abc",
      secret: "hec-token-0123456789",
    });
    expect(created).toMatchObject({ kind: "splunk_hec", name: "Splunk", enabled: true, health: "untested" });
    expect(JSON.stringify(created)).not.toContain("hec-token");
    const db = await getDb();
    const rows = await db.select().from(auditDestinations);
    expect(rows.find((r) => r.id === created.id)!.secretCiphertext).not.toContain("hec-token");
    const event = await expectOneAuditEvent(owner.agencyId, mark, {
      action: "audit_destination_created",
      actorId: owner.userId,
      target: { type: "audit_destination", id: created.id },
      details: { after: { kind: "splunk_hec", url: "http://127.0.0.1:8088/services/collector/event" } },
    });
    expect(JSON.stringify(event)).not.toMatch(/hec-token|token=abc/);
    expect(JSON.stringify(await getAuditSettings(owner))).not.toContain("hec-token");
    await deleteAuditDestination(owner, created.id);
  });

  it("refuses bad URLs and short secrets, naming the field", async () => {
    const owner = await staffFor("owner@acme.test");
    const base = { kind: "https_json", name: "X", secret: SECRET };
    await expect(createAuditDestination(owner, { ...base, url: "ftp://siem.example.com/x" })).rejects.toMatchObject({
      message: expect.stringContaining("url"),
    });
    await expect(
      createAuditDestination(owner, { ...base, url: "https://user:pass@siem.example.com/x" }),
    ).rejects.toMatchObject({ message: expect.stringContaining("user name") });
    await expect(createAuditDestination(owner, { ...base, url: "not a url" })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(
      createAuditDestination(owner, { ...base, url: "http://127.0.0.1/x", secret: "short" }),
    ).rejects.toMatchObject({ message: expect.stringContaining("secret") });
    await expect(
      createAuditDestination(owner, { ...base, kind: "syslog", url: "http://127.0.0.1/x" }),
    ).rejects.toMatchObject({ message: expect.stringContaining("kind") });
  });

  it("tests a destination: failure then success change its health, each audited with its outcome", async () => {
    const owner = await staffFor("owner@acme.test");
    const receiver = await startReceiver([503, 200]);
    const destination = await createAuditDestination(owner, {
      kind: "https_json",
      name: "R",
      url: receiver.url,
      secret: SECRET,
    });
    let mark = await auditMark(owner.agencyId);
    const failed = await testAuditDestination(owner, destination.id);
    expect(failed).toMatchObject({
      ok: false,
      error: expect.stringContaining("HTTP 503"),
      destination: { health: "failing", failures: 1 },
    });
    await expectOneAuditEvent(owner.agencyId, mark, {
      action: "audit_destination_tested",
      outcome: "failure",
      target: { type: "audit_destination", id: destination.id },
    });
    mark = await auditMark(owner.agencyId);
    const passed = await testAuditDestination(owner, destination.id);
    expect(passed).toMatchObject({
      ok: true,
      destination: { health: "healthy", failures: 0, lastError: expect.stringContaining("503") },
    });
    await expectOneAuditEvent(owner.agencyId, mark, { action: "audit_destination_tested", outcome: "success" });
    expect(JSON.parse(receiver.received[1].body)).toMatchObject({ test: true, action: "destination_test" });
    await deleteAuditDestination(owner, destination.id);
    await receiver.close();
  });

  it("pauses and resumes with before/after audited; removes with an event", async () => {
    const owner = await staffFor("owner@acme.test");
    const destination = await createAuditDestination(owner, {
      kind: "https_json",
      name: "P",
      url: "http://127.0.0.1:9/x",
      secret: SECRET,
    });
    let mark = await auditMark(owner.agencyId);
    expect(await setAuditDestinationEnabled(owner, destination.id, { enabled: false })).toMatchObject({
      enabled: false,
      health: "disabled",
    });
    await expectOneAuditEvent(owner.agencyId, mark, {
      action: "audit_destination_updated",
      details: { before: { enabled: true }, after: { enabled: false } },
    });
    mark = await auditMark(owner.agencyId);
    await deleteAuditDestination(owner, destination.id);
    await expectOneAuditEvent(owner.agencyId, mark, {
      action: "audit_destination_removed",
      target: { type: "audit_destination", id: destination.id },
    });
    expect((await getAuditSettings(owner)).destinations.find((d) => d.id === destination.id)).toBeUndefined();
  });

  it("keeps destinations within the agency: another tenant's is not found, a manager is forbidden", async () => {
    const owner = await staffFor("owner@acme.test");
    const destination = await createAuditDestination(owner, {
      kind: "https_json",
      name: "T",
      url: "http://127.0.0.1:9/x",
      secret: SECRET,
    });
    const globex = await staffFor("owner@globex.test");
    await expect(deleteAuditDestination(globex, destination.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(testAuditDestination(globex, destination.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(setAuditDestinationEnabled(globex, destination.id, { enabled: false })).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await getAuditSettings(globex)).destinations).toEqual([]);
    // A malformed id names nothing: 404, not a database error.
    await expect(deleteAuditDestination(owner, "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
    await expect(testAuditDestination(owner, "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
    await expect(setAuditDestinationEnabled(owner, "not-a-uuid", { enabled: false })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      createAuditDestination(await staffFor("manager@acme.test"), {
        kind: "https_json",
        name: "M",
        url: "http://127.0.0.1:9/x",
        secret: SECRET,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await deleteAuditDestination(owner, destination.id);
  });

  it("allows at most five per agency", async () => {
    const owner = await staffFor("owner@acme.test");
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push(
        await createAuditDestination(owner, {
          kind: "https_json",
          name: `D${i}`,
          url: "http://127.0.0.1:9/x",
          secret: SECRET,
        }),
      );
    await expect(
      createAuditDestination(owner, { kind: "https_json", name: "D5", url: "http://127.0.0.1:9/x", secret: SECRET }),
    ).rejects.toMatchObject({ message: expect.stringContaining("at most 5") });
    for (const d of made) await deleteAuditDestination(owner, d.id);
  });
});
