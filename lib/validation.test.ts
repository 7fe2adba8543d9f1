import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { parseInput } from "./validation";

const Schema = z.object({ name: z.string().max(120), tags: z.array(z.string()).optional() }).strict();

function refusal(value: unknown): AppError {
  try {
    parseInput(Schema, value);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("parseInput accepted it");
}

describe("parseInput", () => {
  it("refuses NUL in a field with a 422 that names the field, before the schema runs", () => {
    const error = refusal({ name: "\u0000" });
    expect(error.status).toBe(422);
    expect(error.message).toBe("name: must not contain NUL, control characters or unpaired surrogates.");
  });

  it("refuses a lone surrogate and names its place in a list", () => {
    expect(refusal({ name: "ok", tags: ["fine", "half\ud800"] }).message).toMatch(/^tags\.1: /);
  });

  it("refuses a structure nested too deeply", () => {
    let deep: unknown = {};
    for (let i = 0; i < 50; i++) deep = { a: deep };
    expect(refusal({ name: "x", tags: deep }).message).toMatch(/nested too deeply/);
  });

  it("names a huge field by its head only, so the answer stays small", () => {
    const key = "k".repeat(100_000);
    expect(refusal({ name: "x", [key]: 1 }).message.length).toBeLessThan(400);
    expect(refusal({ name: "x", [`${key}\u0000`]: 1 }).message).toBe(
      `${"k".repeat(40)}…: must not contain NUL, control characters or unpaired surrogates.`,
    );
  });

  it("still reports the schema's own problems, and returns clean input", () => {
    expect(refusal({ name: "x".repeat(121) }).message).toMatch(/^name: /);
    expect(parseInput(Schema, { name: "Bright Dental\tclinic" })).toEqual({ name: "Bright Dental\tclinic" });
  });
});
