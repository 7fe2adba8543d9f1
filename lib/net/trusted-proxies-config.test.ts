import { afterEach, describe, expect, it } from "vitest";
import { getConfig, resetConfigForTests } from "@/lib/config";

// getConfig() would otherwise generate and store a secret on disk.
process.env.AUTH_SECRET ??= "unit-test-secret-that-is-long-enough";

afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
  resetConfigForTests();
});

describe("TRUSTED_PROXIES in the configuration", () => {
  it("defaults to trusting no proxy", () => {
    resetConfigForTests();
    expect(getConfig().trustedProxies.kind).toBe("none");
  });

  it("stops the start with a message naming the variable and the bad entry", () => {
    process.env.TRUSTED_PROXIES = "10.0.0.0/8, proxy.internal";
    resetConfigForTests();
    expect(() => getConfig()).toThrow(/TRUSTED_PROXIES: "proxy\.internal"/);
  });
});
