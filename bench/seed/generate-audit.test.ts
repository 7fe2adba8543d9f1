import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createRandom } from "@/db/seed/random";
import { GENESIS_HASH, hashEvent } from "@/lib/audit/hash-event";
import { checkEventMac } from "@/lib/audit/mac-event";
import { AUDIT_COLUMNS, generateAudit, type ChainEnd } from "./generate-audit";
import type { TenantModel } from "./tenant-model";

const model: TenantModel = {
  agencyId: randomUUID(),
  staff: [{ id: randomUUID(), email: "owner@bench.test", role: "owner" }],
  clients: [0, 1].map((i) => ({
    id: randomUUID(),
    name: `Client ${i}`,
    ratePerMinuteCents: 10,
    weight: 1,
    agents: [{ id: randomUUID(), name: "Front Desk", role: "inbound" as const }],
    users: [{ id: randomUUID(), email: `admin@c${i}.bench.test` }],
    contacts: ["+14155550100"],
    sampleCallIds: [randomUUID()],
    callCount: 1,
  })),
};

const MAC_KEY = "bench-test-audit-hmac-key-0123456789abcdef";

describe("generateAudit", () => {
  it("writes one gapless, fully keyed chain that a verifier recomputing each hash and MAC from the row accepts", () => {
    const end: ChainEnd = { lastSeq: 0, lastHash: "" };
    const rows = [
      ...generateAudit(
        createRandom(1),
        model,
        300,
        new Date("2026-01-01T00:00:00Z"),
        new Date("2026-02-01T00:00:00Z"),
        end,
        MAC_KEY,
      ),
    ];
    const column = (row: unknown[], name: (typeof AUDIT_COLUMNS)[number]) => row[AUDIT_COLUMNS.indexOf(name)];
    let prev = GENESIS_HASH;
    let lastTime = 0;
    rows.forEach((row, i) => {
      const occurredAt = column(row, "occurred_at") as Date;
      expect(column(row, "seq")).toBe(i + 1);
      expect(column(row, "prev_hash")).toBe(prev);
      expect(occurredAt.getTime()).toBeGreaterThanOrEqual(lastTime);
      const fields = {
        agencyId: column(row, "agency_id") as string,
        seq: i + 1,
        occurredAt: occurredAt.toISOString(),
        action: column(row, "action") as string,
        actorType: column(row, "actor_type") as string,
        actorId: column(row, "actor_id") as string | null,
        actorEmail: column(row, "actor_email") as string | null,
        targetType: column(row, "target_type") as string | null,
        targetId: column(row, "target_id") as string | null,
        clientId: column(row, "client_id") as string | null,
        outcome: column(row, "outcome") as string,
        ip: column(row, "ip") as string | null,
        userAgent: column(row, "user_agent") as string | null,
        // The seed leaves session_ref to its default (null): generated events had no live session.
        sessionRef: null,
        details: column(row, "details") as Record<string, unknown>,
      };
      expect(column(row, "hash")).toBe(hashEvent(prev, fields));
      expect(checkEventMac(MAC_KEY, column(row, "hash") as string, column(row, "mac") as string)).toBe("ok");
      expect(
        checkEventMac(
          "another-key-0123456789abcdef0123456789",
          column(row, "hash") as string,
          column(row, "mac") as string,
        ),
      ).toBe("other_key");
      prev = column(row, "hash") as string;
      lastTime = occurredAt.getTime();
    });
    expect(end).toEqual({ lastSeq: 300, lastHash: prev });
    expect(column(rows[0], "action")).toBe("agency_created");
    expect(rows.slice(1, 3).map((r) => column(r, "action"))).toEqual(["client_created", "client_created"]);
  });
});
