import { describe, expect, it } from "vitest";
import { signVapi, verifyVapiRequest } from "./verify-vapi-signature";

const BODY = '{"event":"call_ended","call":{"call_id":"abc"}}';
const AT = 1764190000;
const HEX = "f1f3f649ef9f54f55aca6efec0d84f11569aced89b466d62d78dc2edd5a5f2b0";
const headers = (h: Record<string, string>) => new Headers(h);

describe("verifyVapiRequest", () => {
  it("accepts Vapi's default HMAC credential (x-signature over '<x-timestamp>.<body>')", () => {
    expect(signVapi(BODY, "vapi_secret", AT)).toEqual({ "x-timestamp": String(AT), "x-signature": HEX });
    const h = headers({ "x-timestamp": String(AT), "x-signature": HEX });
    expect(verifyVapiRequest(BODY, "vapi_secret", h, AT * 1000 + 60_000)).toBe(true);
  });

  it("accepts the secret header and a bearer credential", () => {
    expect(verifyVapiRequest(BODY, "vapi_secret", headers({ "x-vapi-secret": "vapi_secret" }))).toBe(true);
    expect(verifyVapiRequest(BODY, "vapi_secret", headers({ authorization: "Bearer vapi_secret" }))).toBe(true);
  });

  it.each([
    ["a wrong HMAC key", "other", { "x-timestamp": String(AT), "x-signature": HEX }, AT * 1000],
    ["a stale HMAC", "vapi_secret", { "x-timestamp": String(AT), "x-signature": HEX }, AT * 1000 + 301_000],
    ["an HMAC without its timestamp", "vapi_secret", { "x-signature": HEX }, AT * 1000],
    // A valid secret header does not rescue a wrong HMAC.
    [
      "a wrong HMAC next to the right secret header",
      "vapi_secret",
      { "x-timestamp": String(AT), "x-signature": "0".repeat(64), "x-vapi-secret": "vapi_secret" },
      AT * 1000,
    ],
    ["a wrong secret header", "vapi_secret", { "x-vapi-secret": "vapi_secreT" }, AT * 1000],
    ["a wrong bearer", "vapi_secret", { authorization: "Bearer nope" }, AT * 1000],
    ["nothing", "vapi_secret", {}, AT * 1000],
  ])("refuses %s", (_what, secret, h, now) => {
    expect(verifyVapiRequest(BODY, secret, headers(h), now)).toBe(false);
  });

  it("refuses a changed body", () => {
    const h = headers({ "x-timestamp": String(AT), "x-signature": HEX });
    expect(verifyVapiRequest(BODY + " ", "vapi_secret", h, AT * 1000)).toBe(false);
  });
});
