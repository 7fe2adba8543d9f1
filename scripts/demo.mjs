// `npm run demo`: build (when needed), start Switchboard on the embedded database with the demo
// data (SPEC §10), and print where to sign in.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const port = process.env.PORT || "3000";
const appUrl = process.env.APP_URL || `http://localhost:${port}`;
const portalRoot = process.env.PORTAL_ROOT_DOMAIN || new URL(appUrl).host;
const password = process.env.DEMO_PASSWORD || "demo-portal-2026";
// The server must know the URLs printed below, also when PORT is not the default.
const env = {
  ...process.env,
  AUTH_TRUST_HOST: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
  APP_URL: appUrl,
  PORTAL_ROOT_DOMAIN: portalRoot,
};
const next = "node_modules/next/dist/bin/next";

if (!existsSync(".next/BUILD_ID") || process.argv.includes("--build")) {
  console.log("Building Switchboard (first start only, about a minute)…");
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ["scripts/server.mjs"], { stdio: ["ignore", "pipe", "inherit"], env });
server.stdout.on("data", (chunk) => process.stdout.write(chunk));
server.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));

async function waitUntilUp() {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/login`, { redirect: "manual" });
      if (res.status < 500) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

if (await waitUntilUp()) {
  const portal = (slug) => `${new URL(appUrl).protocol}//${slug}.${portalRoot}`;
  console.log(`
Switchboard is running.

  Agency console   ${appUrl}/login
  Acme portal      ${portal("acme")}/login
  Globex portal    ${portal("globex")}/login

Demo logins (password: ${password})
  Console (${appUrl}):   owner@acme.test  admin@acme.test  manager@acme.test  member@acme.test  owner@globex.test
  Acme portal:     admin@brightdental.test  supervisor@brightdental.test  analyst@brightdental.test
                   agent@brightdental.test  admin@summitlegal.test  admin@novarealty.test
  Globex portal:   admin@globexdental.test

Press Ctrl+C to stop.`);
}
