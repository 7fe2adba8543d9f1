import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freeBasePort } from "./e2e-port";

const held: Server[] = [];
const hold = (port: number) =>
  new Promise<void>((resolve, reject) => {
    const server = createServer()
      .once("error", reject)
      .listen(port, () => resolve());
    held.push(server);
  });

afterEach(async () => {
  await Promise.all(held.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe("freeBasePort", () => {
  // A start far from the suite's own ports, so a suite running beside this test does not interfere.
  const start = 41_000 + Math.floor(Math.random() * 2_000) * 10;

  it("keeps the default when its whole family is free", async () => {
    expect(await freeBasePort(start)).toBe(start);
  });

  it("moves on when the base port is taken (a demo already running there)", async () => {
    await hold(start);
    expect(await freeBasePort(start)).toBe(start + 200);
  });

  it("moves on when any port of the family is taken", async () => {
    await hold(start + 100);
    await hold(start + 200 + 51);
    expect(await freeBasePort(start)).toBe(start + 400);
  });
});
