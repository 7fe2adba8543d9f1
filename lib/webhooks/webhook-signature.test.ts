import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newSigningSecret, signWebhook, verifyWebhookSignature } from "./webhook-signature";

describe("webhook signatures", () => {
  const secret = "whsec_test";
  const body = JSON.stringify({ id: "evt_1", type: "webhook.test" });

  it("signs timestamp and body with HMAC-SHA256", () => {
    const expected = createHmac("sha256", secret).update(`1700000000.${body}`).digest("hex");
    expect(signWebhook(secret, 1700000000, body)).toBe(`t=1700000000,v1=${expected}`);
  });

  it("verifies its own signature and refuses a changed body, wrong secret or stale time", () => {
    const now = Date.now();
    const t = Math.floor(now / 1000);
    const header = signWebhook(secret, t, body);
    expect(verifyWebhookSignature(secret, header, body, 300, now)).toBe(true);
    expect(verifyWebhookSignature(secret, header, body.replace("evt_1", "evt_2"), 300, now)).toBe(false);
    expect(verifyWebhookSignature("whsec_other", header, body, 300, now)).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, 300, now + 600_000)).toBe(false);
    expect(verifyWebhookSignature(secret, "garbage", body, 300, now)).toBe(false);
  });

  it("makes long, distinct secrets", () => {
    const a = newSigningSecret();
    expect(a).toMatch(/^whsec_[\w-]{43}$/);
    expect(newSigningSecret()).not.toBe(a);
  });
});
