import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionIdFromCookies } from "./session-id-from-cookies";

const secret = "a-test-secret-of-enough-length-0123456789";
const issue = (payload: Record<string, unknown>, salt: string, key = secret) =>
  encode({ token: payload, secret: key, salt, maxAge: 3600 });

describe("sessionIdFromCookies", () => {
  it("reads the session id from the cookie Auth.js writes over HTTP and over HTTPS", async () => {
    const plain = await issue({ sid: "session-1" }, "authjs.session-token");
    expect(await sessionIdFromCookies(`theme=dark; authjs.session-token=${plain}`, secret)).toBe("session-1");
    const secure = await issue({ sid: "session-2" }, "__Secure-authjs.session-token");
    expect(await sessionIdFromCookies(`__Secure-authjs.session-token=${secure}`, secret)).toBe("session-2");
  });

  it("refuses a missing, forged, mis-salted, expired or sid-less cookie", async () => {
    expect(await sessionIdFromCookies("", secret)).toBeNull();
    expect(await sessionIdFromCookies("authjs.session-token=not-a-jwe", secret)).toBeNull();
    const otherKey = await issue({ sid: "s" }, "authjs.session-token", "another-secret-of-enough-length-987654321");
    expect(await sessionIdFromCookies(`authjs.session-token=${otherKey}`, secret)).toBeNull();
    // A token encrypted for the other cookie name does not decrypt under this one (the name is the salt).
    const wrongSalt = await issue({ sid: "s" }, "__Secure-authjs.session-token");
    expect(await sessionIdFromCookies(`authjs.session-token=${wrongSalt}`, secret)).toBeNull();
    const expired = await encode({ token: { sid: "s" }, secret, salt: "authjs.session-token", maxAge: -60 });
    expect(await sessionIdFromCookies(`authjs.session-token=${expired}`, secret)).toBeNull();
    const noSid = await issue({ sub: "u" }, "authjs.session-token");
    expect(await sessionIdFromCookies(`authjs.session-token=${noSid}`, secret)).toBeNull();
  });
});
