import { afterEach, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { clientAddressOf } from "./request-client-address";

const KEY = Symbol.for("app.peer-address-header");
const store = globalThis as Record<symbol, unknown>;

// getConfig() would otherwise generate and store a secret on disk.
process.env.AUTH_SECRET ??= "unit-test-secret-that-is-long-enough";

afterEach(() => {
  delete store[KEY];
  delete process.env.TRUSTED_PROXIES;
  resetConfigForTests();
});

describe("clientAddressOf", () => {
  it("is unknown, never a header value, when the app runs without its server (plain next start)", () => {
    const forged = new Headers({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6", "x-peer-address": "6.6.6.6" });
    expect(clientAddressOf(forged)).toBeNull();
  });

  it("reads the peer from the header the server registered, and the chain only through trusted proxies", () => {
    store[KEY] = "x-peer-address-test";
    const h = new Headers({ "x-peer-address-test": "::ffff:10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.9" });
    expect(clientAddressOf(h)).toBe("10.0.0.2");
    process.env.TRUSTED_PROXIES = "10.0.0.0/8";
    resetConfigForTests();
    expect(clientAddressOf(h)).toBe("198.51.100.9");
  });
});
