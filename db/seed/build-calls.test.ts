import { describe, expect, it } from "vitest";
import { poolEntriesFor, poolTurnStarts, RECORDING_POOL } from "@/lib/recordings/recording-pool";
import { buildCalls } from "./build-calls";
import { DEMO_AGENCIES } from "./demo-agencies";
import type { DemoClient } from "./demo-types";
import { createRandom } from "./random";
import { SCRIPTS } from "./scripts";

const DAY_START = new Date("2026-05-20T00:00:00Z");
const CLIENTS = DEMO_AGENCIES.flatMap((agency) => agency.clients);

function callsOf(client: DemoClient) {
  const agents = client.agents.filter((def) => def.status === "live").map((def) => ({ id: `agent:${def.name}`, def }));
  return buildCalls({ agencyId: "agency", clientId: "client", client, agents, dayStart: DAY_START });
}

describe("demo call scripts", () => {
  it.each(Object.entries(SCRIPTS))("every %s script fits a pooled recording", (_, scripts) => {
    const random = createRandom(1);
    const slots = {
      business: "B",
      assistant: "A",
      greeting: "Hello",
      caller: "C D",
      first: "C",
      callback: "(555) 555-0100",
      day: "Monday",
      time: "9:00 AM",
      staff: "S",
      spammer: "X",
      pick: <T>(items: readonly T[]) => random.pick(items),
    };
    for (const script of scripts) {
      const speakers = script.write(slots).lines.map(([speaker]) => speaker);
      expect(poolEntriesFor(speakers).length, `${script.outcome} ${script.direction}`).toBeGreaterThan(0);
    }
  });
});

describe.each(CLIENTS.map((c) => [c.name, c] as const))("buildCalls for %s", (_, client) => {
  const calls = callsOf(client);

  it("makes the same calls on every run", () => {
    expect(JSON.stringify(callsOf(client))).toBe(JSON.stringify(calls));
  });

  it("makes 250–450 calls over the 90 days before the seeding day", () => {
    expect(calls.length).toBeGreaterThanOrEqual(250);
    expect(calls.length).toBeLessThanOrEqual(450);
    const earliest = DAY_START.getTime() - 90 * 86_400_000;
    for (const call of calls) {
      expect(call.startedAt.getTime()).toBeGreaterThanOrEqual(earliest);
      expect(call.startedAt.getTime()).toBeLessThan(DAY_START.getTime());
    }
  });

  it("only records and transcribes answered calls, aligned with their recording", () => {
    for (const call of calls) {
      if (call.status === "missed" || call.status === "failed") {
        expect(call.transcript ?? null).toBeNull();
        expect(call.recordingPath ?? null).toBeNull();
        continue;
      }
      const entry = RECORDING_POOL.find(
        (e) => call.recordingPath === `recordings/pool-${e.durationSeconds}s-${e.speakers.length}t.wav`,
      );
      expect(entry).toBeDefined();
      expect(call.durationSeconds).toBe(entry!.durationSeconds);
      expect(call.transcript!.map(({ speaker, startSeconds }) => ({ speaker, startSeconds }))).toEqual(
        poolTurnStarts(entry!),
      );
    }
  });

  it("costs the client's rate per started minute", () => {
    for (const call of calls) {
      expect(call.costCents).toBe(Math.ceil(call.durationSeconds / 60) * client.ratePerMinuteCents);
    }
  });
});
