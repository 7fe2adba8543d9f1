import { describe, expect, it } from "vitest";
import { signRetell, verifyRetellSignature } from "./verify-retell-signature";

const BODY = '{"event":"call_ended","call":{"call_id":"abc"}}';
const AT = 1764190000000;
// Computed with Retell's algorithm (HMAC-SHA256 of body + timestamp, keyed by the API key).
const KNOWN = "v=1764190000000,d=464dab0c28dc15c2c803fc48781a143606d7d5e1bffeb1841f324949f8e51fea";

describe("verifyRetellSignature", () => {
  it("accepts Retell's signature of the raw body within five minutes", () => {
    expect(signRetell(BODY, "key_demo_retell", AT)).toBe(KNOWN);
    expect(verifyRetellSignature(BODY, "key_demo_retell", KNOWN, AT + 4 * 60_000)).toBe(true);
    expect(verifyRetellSignature(BODY, "key_demo_retell", KNOWN, AT - 4 * 60_000)).toBe(true);
  });

  it.each([
    ["a wrong key", BODY, "key_other", KNOWN, AT],
    ["a stale timestamp", BODY, "key_demo_retell", KNOWN, AT + 5 * 60_000 + 1],
    ["a timestamp from the future", BODY, "key_demo_retell", KNOWN, AT - 5 * 60_000 - 1],
    ["a changed body", BODY.replace("abc", "abd"), "key_demo_retell", KNOWN, AT],
    ["a re-serialised body", JSON.stringify(JSON.parse(BODY), null, 1), "key_demo_retell", KNOWN, AT],
    ["no header", BODY, "key_demo_retell", null, AT],
    ["a garbled header", BODY, "key_demo_retell", "v=abc,d=zz", AT],
    ["a truncated digest", BODY, "key_demo_retell", KNOWN.slice(0, -2), AT],
    ["a moved timestamp", BODY, "key_demo_retell", KNOWN.replace("v=1764190000000", "v=1764190000001"), AT],
  ])("refuses %s", (_what, body, key, header, now) => {
    expect(verifyRetellSignature(body, key, header, now)).toBe(false);
  });
});
