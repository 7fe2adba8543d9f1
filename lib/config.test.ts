import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, getConfig, resetConfigForTests } from "./config";

afterEach(() => {
  vi.unstubAllEnvs();
  resetConfigForTests();
});

const withEnv = (env: Record<string, string>) => {
  vi.stubEnv("AUTH_SECRET", "a-test-secret-of-at-least-thirty-two-chars");
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  resetConfigForTests();
  return getConfig();
};

describe("PAGE_CACHE_MB", () => {
  it("gives each instance 64 MB of page cache by default, what it names otherwise, and 0 turns it off", () => {
    expect(withEnv({ PAGE_CACHE_MB: "" }).pageCacheBytes).toBe(64 * 2 ** 20);
    expect(withEnv({ PAGE_CACHE_MB: "16" }).pageCacheBytes).toBe(16 * 2 ** 20);
    expect(withEnv({ PAGE_CACHE_MB: "0" }).pageCacheBytes).toBe(0);
  });

  it("stops the start with a message naming it when it is not a whole number of megabytes from 0 to 4096", () => {
    for (const value of ["-1", "1.5", "lots", "5000"]) {
      expect(() => withEnv({ PAGE_CACHE_MB: value })).toThrow(ConfigError);
      expect(() => withEnv({ PAGE_CACHE_MB: value })).toThrow(/PAGE_CACHE_MB/);
    }
  });
});
