// `npm run simulate:calls`: posts signed Retell- and Vapi-shaped webhook events for Acme's demo
// agents to the running app, one call every few seconds, so a newcomer watches calls arrive in
// the portal (http://acme.localhost:3000/calls as admin@brightdental.test or admin@summitlegal.test).
//   npm run simulate:calls -- --count 10 --every 3 --app http://localhost:3000
// Recordings are served by this script on 127.0.0.1; the app copies them only where private
// addresses are allowed (`npm run dev`, or ALLOW_PRIVATE_WEBHOOKS=true).
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { DEMO_RETELL, DEMO_VAPI } from "@/db/seed/demo-providers";
import { retellEventBody, vapiEndOfCallReportBody, type DemoCall } from "@/lib/ingest/testing/provider-payloads";
import { startRecordingServer } from "@/lib/ingest/testing/recording-server";
import { signRetell } from "@/lib/ingest/verify-retell-signature";
import { signVapi } from "@/lib/ingest/verify-vapi-signature";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "12" },
    every: { type: "string", default: "4" },
    app: { type: "string", default: process.env.APP_URL ?? "http://localhost:3000" },
  },
});
const app = new URL(values.app!).origin;
const count = Math.max(1, Number(values.count));
const everyMs = Math.max(0.2, Number(values.every)) * 1000;

async function post(path: string, body: string, headers: Record<string, string>) {
  const response = await fetch(`${app}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
  });
  return `${response.status} ${(await response.text()).slice(0, 120)}`;
}

async function sendRetell(call: DemoCall) {
  // Retell sends call_ended, then call_analyzed once its analysis is done; sometimes they cross.
  const events =
    Math.random() < 0.3 ? (["call_analyzed", "call_ended"] as const) : (["call_ended", "call_analyzed"] as const);
  for (const event of events) {
    const body = JSON.stringify(retellEventBody(event, call));
    const answer = await post(`/api/ingest/retell/${DEMO_RETELL.webhookId}`, body, {
      "x-retell-signature": signRetell(body, DEMO_RETELL.apiKey),
    });
    console.log(`  retell ${event}: ${answer}`);
  }
}

async function sendVapi(call: DemoCall) {
  const body = JSON.stringify(vapiEndOfCallReportBody(call));
  const answer = await post(`/api/ingest/vapi/${DEMO_VAPI.webhookId}`, body, signVapi(body, DEMO_VAPI.webhookSecret));
  console.log(`  vapi end-of-call-report: ${answer}`);
}

async function main() {
  const recordings = await startRecordingServer();
  console.log(`Posting ${count} calls to ${app}, one every ${everyMs / 1000} s (Ctrl-C to stop).`);
  try {
    for (let n = 0; n < count; n++) {
      const retell = n % 2 === 0;
      const agents = retell ? DEMO_RETELL.agents : DEMO_VAPI.agents;
      const agent = agents[Math.floor(Math.random() * agents.length)];
      const durationSeconds = 20 + Math.floor(Math.random() * 240);
      const call: DemoCall = {
        callId: retell ? `call_${randomUUID().replace(/-/g, "")}` : randomUUID(),
        agentExternalId: agent.externalId,
        callerNumber: `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`,
        startedAt: new Date(Date.now() - durationSeconds * 1000),
        durationSeconds,
        recordingUrl: `${recordings.base}/wav/${durationSeconds}/${n}.wav`,
      };
      console.log(`${retell ? "Retell" : "Vapi"} call for ${agent.client} · ${agent.name} from ${call.callerNumber}`);
      await (retell ? sendRetell(call) : sendVapi(call));
      if (n < count - 1) await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
    // The app copies recordings a few seconds after the call: stay up for it.
    await new Promise((resolve) => setTimeout(resolve, 20_000));
  } finally {
    await recordings.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
