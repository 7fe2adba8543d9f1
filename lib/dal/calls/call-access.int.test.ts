import { and, eq, isNotNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { aiAgents, calls, clients } from "@/db/schema";
import { auditCount, lastAudit } from "@/db/testing/audit-count";
import { clientUserFor } from "@/db/testing/actor-for";
import { AppError } from "@/lib/errors";
import { deleteCall } from "./delete-call";
import { getCall } from "./get-call";
import { updateCallReviewStatus } from "./update-call-review-status";

async function callOf(clientName: string, agentName?: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: calls.id, reviewStatus: calls.reviewStatus })
    .from(calls)
    .innerJoin(clients, eq(clients.id, calls.clientId))
    .innerJoin(aiAgents, eq(aiAgents.id, calls.agentId))
    .where(
      and(
        eq(clients.name, clientName),
        isNotNull(calls.recordingPath),
        agentName ? eq(aiAgents.name, agentName) : undefined,
      ),
    )
    .orderBy(sql`${calls.startedAt} desc`)
    .limit(1);
  return row;
}

async function storedCall(id: string) {
  const [row] = await (await getDb()).select().from(calls).where(eq(calls.id, id));
  return row;
}

async function expectStatus(work: Promise<unknown>, status: number) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
}

describe("getCall", () => {
  it("gives the analyst transcript, summary and sentiment but no recording, and records one transcript_view", async () => {
    const call = await callOf("Bright Dental");
    const detail = await getCall(await clientUserFor("analyst@brightdental.test"), call.id);
    const stored = await storedCall(call.id);
    expect(stored.transcript!.length).toBeGreaterThan(0);
    expect(detail.transcript).toEqual(stored.transcript);
    expect(detail.transcript![0]).toEqual({
      speaker: expect.stringMatching(/agent|caller/),
      text: expect.any(String),
      startSeconds: 0,
    });
    expect(detail.summary).toBe(stored.summary);
    expect(detail.sentiment).toBe(stored.sentiment);
    expect(detail).toMatchObject({
      id: call.id,
      startedAt: stored.startedAt.toISOString(),
      durationSeconds: stored.durationSeconds,
      callerNumber: stored.callerNumber,
      status: stored.status,
    });
    expect(detail).not.toHaveProperty("recordingUrl");
    expect(detail).not.toHaveProperty("downloadUrl");
    expect(await auditCount("transcript_view", call.id)).toBe(1);
    const event = await lastAudit("transcript_view");
    expect(event.actorEmail).toBe("analyst@brightdental.test");
    expect(event.targetType).toBe("call");
  });

  it("gives the supervisor a recording URL to play but no download", async () => {
    const call = await callOf("Bright Dental");
    const detail = await getCall(await clientUserFor("supervisor@brightdental.test"), call.id);
    expect(detail.recordingUrl).toBe(`/api/v1/portal/calls/${call.id}/recording`);
    expect(detail).not.toHaveProperty("downloadUrl");
    const admin = await getCall(await clientUserFor("admin@brightdental.test"), call.id);
    expect(admin.downloadUrl).toBe(`/api/v1/portal/calls/${call.id}/recording?download=1`);
  });

  it("gives the agent role the metadata only (transcript fields absent) and writes no transcript_view", async () => {
    const call = await callOf("Bright Dental", "Front Desk");
    const before = await auditCount("transcript_view", call.id);
    const detail = await getCall(await clientUserFor("agent@brightdental.test"), call.id);
    for (const key of ["transcript", "summary", "sentiment", "recordingUrl"]) expect(detail).not.toHaveProperty(key);
    expect(await auditCount("transcript_view", call.id)).toBe(before);
  });

  it("gives Nova Realty (view_call_details off) the metadata only", async () => {
    const call = await callOf("Nova Realty");
    const detail = await getCall(await clientUserFor("admin@novarealty.test"), call.id);
    const stored = await storedCall(call.id);
    expect(detail).toMatchObject({
      id: call.id,
      startedAt: stored.startedAt.toISOString(),
      durationSeconds: stored.durationSeconds,
      callerNumber: stored.callerNumber,
      status: stored.status,
      direction: stored.direction,
    });
    for (const key of ["transcript", "summary", "sentiment", "recordingUrl", "downloadUrl"])
      expect(detail).not.toHaveProperty(key);
  });

  it("answers 404 for another client's call, an unassigned agent's call and a malformed id", async () => {
    const summitCall = await callOf("Summit Legal");
    await expectStatus(getCall(await clientUserFor("admin@brightdental.test"), summitCall.id), 404);
    const afterHours = await callOf("Bright Dental", "After Hours");
    await expectStatus(getCall(await clientUserFor("agent@brightdental.test"), afterHours.id), 404);
    await expectStatus(getCall(await clientUserFor("admin@brightdental.test"), "not-a-uuid"), 404);
    const globex = await clientUserFor("admin@globexdental.test");
    await expectStatus(getCall(globex, (await callOf("Bright Dental")).id), 404);
  });
});

describe("updateCallReviewStatus", () => {
  it("changes the status and records exactly one call_review_change with before and after", async () => {
    const call = await callOf("Bright Dental", "Front Desk");
    const next = call.reviewStatus === "done" ? "follow_up" : "done";
    const result = await updateCallReviewStatus(await clientUserFor("agent@brightdental.test"), call.id, {
      reviewStatus: next,
    });
    expect(result).toEqual({ id: call.id, reviewStatus: next });
    expect(await auditCount("call_review_change", call.id)).toBe(1);
    expect((await lastAudit("call_review_change")).details).toEqual({ before: call.reviewStatus, after: next });
    // Saving the same status again changes nothing and records nothing.
    await updateCallReviewStatus(await clientUserFor("agent@brightdental.test"), call.id, { reviewStatus: next });
    expect(await auditCount("call_review_change", call.id)).toBe(1);
  });

  it("refuses an unknown status (422), another client's call (404) and a portal without calls (404 for staff)", async () => {
    const call = await callOf("Bright Dental");
    const admin = await clientUserFor("admin@brightdental.test");
    await expectStatus(updateCallReviewStatus(admin, call.id, { reviewStatus: "archived" }), 422);
    await expectStatus(
      updateCallReviewStatus(await clientUserFor("admin@summitlegal.test"), call.id, { reviewStatus: "done" }),
      404,
    );
    expect(await auditCount("call_review_change", call.id)).toBe(0);
  });
});

describe("deleteCall", () => {
  it("lets only the client admin delete: supervisor and analyst are forbidden", async () => {
    const call = await callOf("Bright Dental");
    await expectStatus(deleteCall(await clientUserFor("supervisor@brightdental.test"), call.id), 403);
    await expectStatus(deleteCall(await clientUserFor("analyst@brightdental.test"), call.id), 403);
    await expectStatus(deleteCall(await clientUserFor("admin@summitlegal.test"), call.id), 404);
    expect(await auditCount("call_delete", call.id)).toBe(0);
    const result = await deleteCall(await clientUserFor("admin@brightdental.test"), call.id);
    expect(result).toEqual({ id: call.id, deleted: true });
    expect(await auditCount("call_delete", call.id)).toBe(1);
    const db = await getDb();
    expect(await db.select().from(calls).where(eq(calls.id, call.id))).toEqual([]);
    await expectStatus(getCall(await clientUserFor("admin@brightdental.test"), call.id), 404);
    await expectStatus(deleteCall(await clientUserFor("admin@brightdental.test"), call.id), 404);
    expect(await auditCount("call_delete", call.id)).toBe(1);
  });
});
