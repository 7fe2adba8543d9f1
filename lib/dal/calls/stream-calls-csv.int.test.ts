import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { aiAgents, calls, clients, userAgentAssignments, users } from "@/db/schema";
import { auditCount, lastAudit } from "@/db/testing/audit-count";
import { clientUserFor } from "@/db/testing/actor-for";
import { AppError } from "@/lib/errors";
import { EXPORT_BATCH_SIZE, streamCallsCsv } from "./stream-calls-csv";

/** RFC 4180, enough for a test: quoted fields, doubled quotes, newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  return rows;
}

async function collect(email: string, filters: Record<string, unknown> = {}) {
  const exported = await streamCallsCsv(await clientUserFor(email), filters);
  const chunks: string[] = [];
  for await (const chunk of exported.chunks) chunks.push(chunk);
  return { ...exported, chunks, rows: parseCsv(chunks.join("")) };
}

async function clientCallCount(clientName: string, agentName?: string) {
  const db = await getDb();
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(calls)
    .innerJoin(clients, eq(clients.id, calls.clientId))
    .innerJoin(aiAgents, eq(aiAgents.id, calls.agentId))
    .where(and(eq(clients.name, clientName), agentName ? eq(aiAgents.name, agentName) : undefined));
  return n;
}

describe("streamCallsCsv", () => {
  it("escapes commas, quotes and newlines, and defuses spreadsheet formulas", async () => {
    const db = await getDb();
    const [target] = await db
      .select({ id: calls.id, startedAt: calls.startedAt, durationSeconds: calls.durationSeconds })
      .from(calls)
      .innerJoin(clients, eq(clients.id, calls.clientId))
      .where(and(eq(clients.name, "Bright Dental"), eq(calls.status, "completed")))
      .orderBy(sql`${calls.startedAt} desc`)
      .limit(1);
    const tricky = 'Asked about "whitening", then said:\nbook me, please';
    await db.update(calls).set({ summary: tricky }).where(eq(calls.id, target.id));
    const [formula] = await db
      .select({ id: calls.id })
      .from(calls)
      .innerJoin(clients, eq(clients.id, calls.clientId))
      .where(and(eq(clients.name, "Bright Dental"), eq(calls.status, "completed")))
      .orderBy(sql`${calls.startedAt} desc`)
      .limit(1)
      .offset(1);
    await db.update(calls).set({ summary: '=HYPERLINK("http://evil")' }).where(eq(calls.id, formula.id));

    const { rows } = await collect("admin@brightdental.test");
    const header = rows[0];
    expect(header).toEqual([
      "id",
      "started_at",
      "agent",
      "direction",
      "status",
      "review_status",
      "outcome",
      "duration_seconds",
      "caller_number",
      "sentiment",
      "summary",
    ]);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byId.get(target.id)![10]).toBe(tricky);
    expect(byId.get(formula.id)![10]).toBe('\'=HYPERLINK("http://evil")');
    expect(byId.get(target.id)![8]).toMatch(/^\+\d+$/);
    // PostgreSQL formats the time: it must read exactly as the API's ISO 8601 (Date.toISOString).
    expect(byId.get(target.id)![1]).toBe(target.startedAt.toISOString());
    expect(byId.get(target.id)![7]).toBe(String(target.durationSeconds));
    expect(rows.slice(1).every((r) => r.length === header.length)).toBe(true);
  });

  it("is refused to roles without export, and exports only an assigned viewer's calls", async () => {
    for (const email of ["agent@brightdental.test", "analyst@brightdental.test"]) {
      const error = await streamCallsCsv(await clientUserFor(email), {}).catch((e: unknown) => e);
      expect((error as AppError).status).toBe(403);
    }
    const all = await collect("supervisor@brightdental.test");
    expect(all.rows.length - 1).toBe(await clientCallCount("Bright Dental"));
    expect(all.rowCount).toBe(all.rows.length - 1);
    // Assigned one agent, the supervisor's export narrows to that agent's calls (SPEC §5).
    const db = await getDb();
    const [supervisor] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "supervisor@brightdental.test"));
    const [frontDesk] = await db
      .select({ id: aiAgents.id })
      .from(aiAgents)
      .innerJoin(clients, eq(clients.id, aiAgents.clientId))
      .where(and(eq(clients.name, "Bright Dental"), eq(aiAgents.name, "Front Desk")));
    await db.insert(userAgentAssignments).values({ userId: supervisor.id, agentId: frontDesk.id });
    const scoped = await collect("supervisor@brightdental.test");
    expect(scoped.rows.length - 1).toBe(await clientCallCount("Bright Dental", "Front Desk"));
    expect(scoped.rows.slice(1).every((r) => r[2] === "Front Desk")).toBe(true);
    await db.delete(userAgentAssignments).where(eq(userAgentAssignments.userId, supervisor.id));
  });

  it("applies the filters and leaves out summary and sentiment for a portal without call details", async () => {
    const { rows } = await collect("admin@brightdental.test", { status: "missed", direction: "inbound" });
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((r) => r[4] === "missed" && r[3] === "inbound")).toBe(true);
    const nova = await collect("admin@novarealty.test");
    expect(nova.rows[0]).not.toContain("summary");
    expect(nova.rows[0]).not.toContain("sentiment");
    expect(nova.rows.length - 1).toBe(await clientCallCount("Nova Realty"));
  });

  it("records one call_export with the filters, before streaming", async () => {
    const before = await auditCount("call_export");
    const exported = await streamCallsCsv(await clientUserFor("supervisor@brightdental.test"), {
      status: "completed",
      q: "",
    });
    // Written at the start: even an export that is never read to the end is on record.
    expect(await auditCount("call_export")).toBe(before + 1);
    const event = await lastAudit("call_export");
    expect(event.details).toEqual({ filters: { status: "completed" }, rowCount: exported.rowCount, format: "csv" });
    expect(event.actorEmail).toBe("supervisor@brightdental.test");
  });

  it("streams in keyset batches rather than building the file in memory", async () => {
    const db = await getDb();
    const [source] = await db
      .select()
      .from(calls)
      .innerJoin(clients, eq(clients.id, calls.clientId))
      .where(eq(clients.name, "Summit Legal"))
      .limit(1);
    const extra = EXPORT_BATCH_SIZE * 2 + 50;
    await db.execute(sql`
      insert into calls (agency_id, client_id, agent_id, direction, caller_number, started_at, duration_seconds, status)
      select ${source.calls.agencyId}::uuid, ${source.calls.clientId}::uuid, ${source.calls.agentId}::uuid, 'inbound', '+15550009999',
             now() - make_interval(secs => g), 30, 'completed'
      from generate_series(1, ${extra}) g`);
    const total = await clientCallCount("Summit Legal");
    const { chunks, rows } = await collect("admin@summitlegal.test");
    // Header, then one chunk per batch of rows.
    expect(chunks.length).toBe(1 + Math.ceil(total / EXPORT_BATCH_SIZE));
    expect(rows.length - 1).toBe(total);
    const ids = rows.slice(1).map((r) => r[0]);
    expect(new Set(ids).size).toBe(total);
  });
});
