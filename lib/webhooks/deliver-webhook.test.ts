import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverWebhook } from "./deliver-webhook";
import { startTestReceiver } from "./test-receiver";
import { verifyWebhookSignature } from "./webhook-signature";

const event = {
  id: "evt_test",
  type: "webhook.test",
  createdAt: "2026-01-01T00:00:00.000Z",
  data: { message: "hello" },
};
let receiver: Awaited<ReturnType<typeof startTestReceiver>>;

beforeAll(async () => {
  receiver = await startTestReceiver();
});
afterAll(() => receiver.close());

describe("deliverWebhook", () => {
  it("POSTs the event with a verifiable signature and neutral header names", async () => {
    receiver.behaviour.status = 200;
    const result = await deliverWebhook({ url: receiver.url, secret: "whsec_abc", event, allowPrivate: true });
    expect(result).toMatchObject({ delivered: true, httpStatus: 200 });
    const got = receiver.received.at(-1)!;
    expect(got.method).toBe("POST");
    expect(JSON.parse(got.body)).toEqual(event);
    expect(got.headers["webhook-id"]).toBe("evt_test");
    expect(verifyWebhookSignature("whsec_abc", String(got.headers["webhook-signature"]), got.body)).toBe(true);
    expect(JSON.stringify(got.headers)).not.toMatch(/switchboard/i);
  });

  it("refuses loopback when private addresses are not allowed, without sending anything", async () => {
    const before = receiver.received.length;
    const result = await deliverWebhook({ url: receiver.url, secret: "whsec_abc", event, allowPrivate: false });
    expect(result).toMatchObject({ delivered: false, error: expect.stringMatching(/private or local/) });
    expect(receiver.received).toHaveLength(before);
  });

  it("reports a non-2xx answer and does not follow redirects", async () => {
    receiver.behaviour.status = 302;
    receiver.behaviour.headers = { Location: "http://169.254.169.254/latest/meta-data/" };
    const result = await deliverWebhook({ url: receiver.url, secret: "s", event, allowPrivate: true });
    expect(result).toMatchObject({ delivered: false, httpStatus: 302, error: "The endpoint answered HTTP 302." });
    receiver.behaviour.headers = {};
  });

  it("gives up after the timeout", async () => {
    receiver.behaviour.status = 200;
    receiver.behaviour.delayMs = 1000;
    const result = await deliverWebhook({ url: receiver.url, secret: "s", event, allowPrivate: true, timeoutMs: 200 });
    expect(result).toMatchObject({ delivered: false, error: "No answer within 0.2 seconds." });
    receiver.behaviour.delayMs = 0;
  });

  it("reports a refused connection and a bad URL", async () => {
    expect(await deliverWebhook({ url: "http://127.0.0.1:1/", secret: "s", event, allowPrivate: true })).toMatchObject({
      delivered: false,
      error: "The endpoint refused the connection.",
    });
    expect(await deliverWebhook({ url: "ftp://example.com/", secret: "s", event, allowPrivate: true })).toMatchObject({
      delivered: false,
    });
  });
});
