import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_RETELL, DEMO_VAPI } from "../db/seed/demo-providers";
import { retellEventBody, vapiEndOfCallReportBody, type DemoCall } from "../lib/ingest/testing/provider-payloads";
import { startRecordingServer } from "../lib/ingest/testing/recording-server";
import { signRetell } from "../lib/ingest/verify-retell-signature";
import { signVapi } from "../lib/ingest/verify-vapi-signature";
import { startTestReceiver } from "../lib/webhooks/test-receiver";
import { verifyWebhookSignature } from "../lib/webhooks/webhook-signature";
import { fetchFromPage, signInToPortal } from "./support/session";

// Summit Legal's demo agents on Acme's demo Retell and Vapi connections (db/seed/demo-providers.ts).
const summitAgent = (agents: { client: string; name: string; externalId: string }[]) =>
  agents.find((a) => a.client === "Summit Legal")!;

test("signed Retell and Vapi events become live calls in the right client's portal, with transcript, a playable recording and a filtered client webhook", async ({
  page,
  baseURL,
  request,
}) => {
  const recordings = await startRecordingServer();
  const receiver = await startTestReceiver();
  try {
    const origin = await signInToPortal(page, baseURL, "admin@summitlegal.test");
    const connected = await fetchFromPage(page, "/api/v1/portal/integrations", {
      method: "POST",
      body: { provider: "webhook", name: "Call feed", config: { url: receiver.url, events: "call.completed" } },
    });
    expect(connected.status).toBe(201);
    const signingSecret = connected.json.signingSecret as string;

    await page.goto(`${origin}/calls`);
    await expect(page.getByTestId("live-calls")).toHaveAttribute("data-live", "true");

    const suffix = String(Date.now()).slice(-6);
    const retellCall: DemoCall = {
      callId: `call_e2e_${randomUUID().replace(/-/g, "")}`,
      agentExternalId: summitAgent(DEMO_RETELL.agents).externalId,
      callerNumber: `+1555701${suffix.slice(-4)}`,
      startedAt: new Date(Date.now() - 40_000),
      durationSeconds: 40,
      recordingUrl: `${recordings.base}/wav/40/retell.wav`,
    };
    const vapiCall: DemoCall = {
      ...retellCall,
      callId: randomUUID(),
      agentExternalId: summitAgent(DEMO_VAPI.agents).externalId,
      callerNumber: `+1555702${suffix.slice(-4)}`,
      recordingUrl: `${recordings.base}/wav/30/vapi.wav`,
    };
    // Retell's analysis first, then the end of the call: the order a retry can produce.
    for (const event of ["call_analyzed", "call_ended"] as const) {
      const body = JSON.stringify(retellEventBody(event, retellCall));
      const answer = await request.post(`/api/ingest/retell/${DEMO_RETELL.webhookId}`, {
        data: body,
        headers: { "content-type": "application/json", "x-retell-signature": signRetell(body, DEMO_RETELL.apiKey) },
      });
      expect(answer.status()).toBe(200);
    }
    const vapiBody = JSON.stringify(vapiEndOfCallReportBody(vapiCall));
    const vapiAnswer = await request.post(`/api/ingest/vapi/${DEMO_VAPI.webhookId}`, {
      data: vapiBody,
      headers: { "content-type": "application/json", ...signVapi(vapiBody, DEMO_VAPI.webhookSecret) },
    });
    expect(vapiAnswer.status()).toBe(200);

    // Both arrive in the open list without a reload.
    const idOf = async (number: string) => {
      const { json } = await fetchFromPage(page, `/api/v1/portal/calls?q=${encodeURIComponent(number)}&limit=5`);
      return (json.items?.[0]?.id as string | undefined) ?? null;
    };
    await expect.poll(() => idOf(retellCall.callerNumber), { timeout: 20_000 }).not.toBeNull();
    await expect.poll(() => idOf(vapiCall.callerNumber), { timeout: 20_000 }).not.toBeNull();
    const retellId = (await idOf(retellCall.callerNumber))!;
    const vapiId = (await idOf(vapiCall.callerNumber))!;
    await expect(page.locator(`a[href="/calls/${retellId}"]`)).toBeVisible({ timeout: 15_000 });
    await expect(page.locator(`a[href="/calls/${vapiId}"]`)).toBeVisible();

    // The Retell call: transcript from the provider, summary from its analysis, a playable copy of the recording.
    await page.goto(`${origin}/calls/${retellId}`);
    await expect(page.getByTestId("transcript")).toContainText("I'd like to book a cleaning next Tuesday.");
    await expect(page.getByTestId("call-summary")).toContainText("booked a cleaning");
    const audioStatus = () =>
      page.evaluate(
        async (path) => (await fetch(path, { headers: { Range: "bytes=0-3" } })).status,
        `/api/v1/portal/calls/${retellId}/recording`,
      );
    await expect.poll(audioStatus, { timeout: 30_000 }).toBe(206);
    await page.reload();
    const audio = page.getByTestId("call-audio");
    await expect(audio).toHaveAttribute("src", `/api/v1/portal/calls/${retellId}/recording`);
    // The player loads the copy through the authorised Range route and reads a 40-second call from it.
    await audio.evaluate((a: HTMLAudioElement) => {
      a.preload = "metadata";
      a.load();
    });
    await expect
      .poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 10_000 })
      .toBeGreaterThan(30);

    // The client's webhook got each call once, signed, with details (Summit may read them) and no recording.
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const events = receiver.received.map((r) => JSON.parse(r.body) as { type: string; data: { id: string } });
    expect(events.map((e) => e.data.id).sort()).toEqual([retellId, vapiId].sort());
    for (const r of receiver.received) {
      expect(verifyWebhookSignature(signingSecret, String(r.headers["webhook-signature"]), r.body)).toBe(true);
      expect(r.body).toContain('"transcript"');
      expect(r.body).not.toMatch(/recording|127\.0\.0\.1/i);
    }

    // Another client of the agency sees neither call.
    const other = await page.context().browser()!.newPage();
    await signInToPortal(other, baseURL, "admin@brightdental.test");
    const { json } = await fetchFromPage(
      other,
      `/api/v1/portal/calls?q=${encodeURIComponent(retellCall.callerNumber)}`,
    );
    expect(json.items).toEqual([]);
    await other.close();
  } finally {
    await recordings.close();
    await receiver.close();
  }
});
