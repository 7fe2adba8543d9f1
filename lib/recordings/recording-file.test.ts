import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { resolveRecordingPath } from "./recording-file";

const DATA_DIR = "/srv/switchboard-data";

describe("resolveRecordingPath", () => {
  it("resolves a stored relative path inside the recordings directory", () => {
    expect(resolveRecordingPath(DATA_DIR, "recordings/pool-95s-8t.wav")).toBe(
      path.join(DATA_DIR, "recordings", "pool-95s-8t.wav"),
    );
  });

  it.each([
    "../etc/passwd",
    "recordings/../../etc/passwd",
    "recordings/../auth-secret",
    "recordings-old/pool.wav",
    "recordings",
    "/etc/passwd",
    "recordings/pool.wav\0.txt",
    "",
  ])("treats %j as not found", (relative) => {
    expect(() => resolveRecordingPath(DATA_DIR, relative)).toThrow(AppError);
    try {
      resolveRecordingPath(DATA_DIR, relative);
    } catch (error) {
      expect((error as AppError).status).toBe(404);
    }
  });
});
