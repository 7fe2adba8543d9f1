import { createServer } from "node:net";

/** The ports a suite run takes, as offsets from its base (playwright.config.ts, e2e/support/outbox-server.ts). */
export const PORT_OFFSETS = [0, 50, 51, 60, 100, 160] as const;
const STEP = 200;
const TRIES = 20;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    // Every interface, as the app server listens: a demo on 0.0.0.0 or :: both count as taken.
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * The first base port from `start` (then start+200, +400…) whose whole family is free, so a
 * newcomer's demo on the default port does not stop `npm test`. Throws when none is.
 */
export async function freeBasePort(start: number): Promise<number> {
  for (let base = start; base < start + STEP * TRIES; base += STEP) {
    const free = await Promise.all(PORT_OFFSETS.map((offset) => isFree(base + offset)));
    if (free.every(Boolean)) return base;
  }
  throw new Error(`No free port family for the end-to-end servers from ${start}: set E2E_PORT.`);
}
