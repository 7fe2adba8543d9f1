import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { recordingKey } from "./recording-file";

describe("recordingKey", () => {
  it("keeps a stored relative path inside the recordings folder as the storage key", () => {
    expect(recordingKey("recordings/pool-95s-8t.wav")).toBe("recordings/pool-95s-8t.wav");
  });

  it.each([
    "../etc/passwd",
    "recordings/../../etc/passwd",
    "recordings/../auth-secret",
    "recordings/../brand/x/logo-0123456789abcdef.png",
    "recordings-old/pool.wav",
    "recordings",
    "recordings/",
    "/etc/passwd",
    "recordings/pool.wav\0.txt",
    "recordings/.pool.wav.1234.tmp",
    "",
  ])("treats %j as not found", (relative) => {
    expect(() => recordingKey(relative)).toThrow(AppError);
    try {
      recordingKey(relative);
    } catch (error) {
      expect((error as AppError).status).toBe(404);
    }
  });
});
