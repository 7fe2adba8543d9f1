import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { clients } from "@/db/schema";
import { clientUserFor, staffFor } from "@/db/testing/actor-for";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type StaffActor } from "@/lib/authz/actor";
import { streamAuditExport } from "./stream-audit-export";

const TRICKY = 'Smith, "Doc"\nDental; =cmd|calc';
let owner: StaffActor;
let brightId: string;

/** A small RFC 4180 reader: enough to prove each record stays one record. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

beforeAll(async () => {
  owner = await staffFor("owner@acme.test");
  const db = await getDb();
  [{ id: brightId }] = await db.select({ id: clients.id }).from(clients).where(eq(clients.name, "Bright Dental"));
  // More than one batch (500), so the stream has to page.
  for (let i = 0; i < 520; i++) {
    await db.transaction((tx) =>
      emitAudit(tx, owner.agencyId, auditActorOf(owner), {
        action: "client_updated",
        target: { type: "client", id: brightId },
        clientId: brightId,
        details: { before: { name: "Bright Dental" }, after: { name: `${TRICKY} ${i}` } },
      }),
    );
  }
  const globex = await staffFor("owner@globex.test");
  await db.transaction((tx) =>
    emitAudit(tx, globex.agencyId, auditActorOf(globex), {
      action: "client_updated",
      details: { after: { name: "Globex secret" } },
    }),
  );
});

async function read(format: "csv" | "jsonl", actor = owner, filters: Record<string, string> = {}) {
  const result = await streamAuditExport(actor, { format, ...filters });
  return { ...result, text: await new Response(result.body).text() };
}

describe("streamAuditExport", () => {
  it("writes valid CSV: one header, one record per event even with commas, quotes and newlines", async () => {
    const { text, contentType, filename } = await read("csv", owner, { action: "client_updated" });
    expect(contentType).toContain("text/csv");
    expect(filename).toMatch(/^audit-log-acme-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      "id",
      "seq",
      "occurredAt",
      "action",
      "actorType",
      "actorId",
      "actorEmail",
      "targetType",
      "targetId",
      "clientId",
      "outcome",
      "ip",
      "userAgent",
      "sessionRef",
      "details",
    ]);
    expect(rows).toHaveLength(521);
    expect(rows.every((r) => r.length === 15)).toBe(true);
    expect(rows[1][13]).toMatch(/^[0-9a-f]{16}$/);
    const details = JSON.parse(rows[1][14]);
    expect(details.after.name).toBe(`${TRICKY} 0`);
    const seqs = rows.slice(1).map((r) => Number(r[1]));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it("writes valid JSON Lines: one parseable event per line in the API's shape", async () => {
    const { text, contentType } = await read("jsonl", owner, { action: "client_updated" });
    expect(contentType).toContain("application/x-ndjson");
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(520);
    const events = lines.map((l) => JSON.parse(l));
    expect(events[519].details.after.name).toBe(`${TRICKY} 519`);
    expect(events[0]).toMatchObject({
      action: "client_updated",
      actor: { type: "user", email: "owner@acme.test" },
      target: { type: "client", id: brightId },
      clientId: brightId,
    });
  });

  it("neutralises a cell a spreadsheet would run as a formula", async () => {
    const db = await getDb();
    await db.transaction((tx) =>
      emitAudit(
        tx,
        owner.agencyId,
        { type: "user", id: null, email: '=HYPERLINK("http://evil")', ip: null, userAgent: null },
        { action: "login_failed", outcome: "failure" },
      ),
    );
    const rows = parseCsv((await read("csv", owner, { action: "login_failed" })).text);
    expect(rows.at(-1)![6]).toBe('\'=HYPERLINK("http://evil")');
  });

  it("exports only the caller's agency", async () => {
    const acme = (await read("jsonl")).text;
    expect(acme).not.toContain("Globex secret");
    const globex = (await read("jsonl", await staffFor("owner@globex.test"))).text;
    expect(globex).toContain("Globex secret");
    expect(globex).not.toContain("Bright Dental");
  });

  it("keeps the header of an empty CSV, and refuses an unknown format", async () => {
    expect(parseCsv((await read("csv", owner, { to: "2000-01-01" })).text)).toHaveLength(1);
    await expect(streamAuditExport(owner, { format: "xlsx" })).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("is for owners and admins", async () => {
    await expect(streamAuditExport(await staffFor("manager@acme.test"), { format: "csv" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      streamAuditExport(await clientUserFor("admin@brightdental.test"), { format: "csv" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
