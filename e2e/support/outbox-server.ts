import { spawn, type ChildProcess } from "node:child_process";

/**
 * The suite's servers mail a real SMTP receiver (playwright.config.ts), so they have no outbox.
 * The outbox specs start one more production server of the same build, on a fresh database,
 * without SMTP_URL — the default setup the outbox exists for — and stop it afterwards.
 */
export async function startOutboxServer(project: string): Promise<{ origin: string; stop: () => void }> {
  const base = Number(process.env.E2E_PORT ?? 3100);
  const port = base + (project === "postgres" ? 160 : 60);
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.E2E_SMTP_URL;
  delete env.SMTP_URL;
  // Its own process group: stopping it stops next-server too (see STACK gotcha 12).
  const child: ChildProcess = spawn(process.execPath, ["scripts/e2e-server.mjs", project, String(port)], {
    env,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://localhost:${port}`;
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The outbox server exited with ${child.exitCode}`);
    const up = await fetch(`${origin}/login`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  stop();
  throw new Error(`The outbox server did not answer on ${origin} in time`);
}
