import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { isUuid, uuidOrNotFound } from "./uuid";

describe("uuid", () => {
  it("accepts a row id in either case and nothing else", () => {
    expect(isUuid("0b6c7a2e-4f1d-4e8a-9c3b-2d5e6f7a8b9c")).toBe(true);
    expect(isUuid("0B6C7A2E-4F1D-4E8A-9C3B-2D5E6F7A8B9C")).toBe(true);
    for (const bad of ["", "abc", "0b6c7a2e4f1d4e8a9c3b2d5e6f7a8b9c", "0b6c7a2e-4f1d-4e8a-9c3b-2d5e6f7a8b9c ", "%ZZ"]) {
      expect(isUuid(bad)).toBe(false);
    }
  });

  it("turns a malformed id into not found, and hands a good one back", () => {
    expect(uuidOrNotFound("0b6c7a2e-4f1d-4e8a-9c3b-2d5e6f7a8b9c", "Call not found")).toBe(
      "0b6c7a2e-4f1d-4e8a-9c3b-2d5e6f7a8b9c",
    );
    expect(() => uuidOrNotFound("nope", "Call not found")).toThrow(
      expect.objectContaining({ code: "not_found", message: "Call not found" }),
    );
    expect(() => uuidOrNotFound("nope", "Call not found")).toThrow(AppError);
  });
});
