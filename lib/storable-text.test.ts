import { describe, expect, it } from "vitest";
import { findUnstorable, isStorableText } from "./storable-text";

describe("isStorableText", () => {
  it.each([
    ["NUL", "a\u0000b"],
    ["a C0 control", "bell\u0007"],
    ["escape", "\u001b[31m"],
    ["a lone high surrogate", "x\ud800"],
    ["a lone low surrogate", "\udfffy"],
    ["a low surrogate before its high one", "\udc00\ud800"],
  ])("refuses %s", (_, text) => expect(isStorableText(text)).toBe(false));

  it.each([
    ["plain text", "Bright Dental"],
    ["tab, line feed and carriage return", "line one\r\n\tline two"],
    ["a surrogate pair (emoji)", "👩‍👩‍👧 😀"],
    ["other scripts and marks", "Ωé日本語مرحبا\u200b\ufeff"],
    ["the empty string", ""],
  ])("keeps %s", (_, text) => expect(isStorableText(text)).toBe(true));
});

describe("findUnstorable", () => {
  it("names the path of the first bad value, in objects and arrays", () => {
    expect(findUnstorable({ name: "ok", config: { url: "x\u0000" } })).toEqual({
      path: ["config", "url"],
      problem: "text",
    });
    expect(findUnstorable({ agentIds: ["a", "\ud800"] })).toEqual({ path: ["agentIds", 1], problem: "text" });
  });

  it("checks object keys too (they become jsonb keys)", () => {
    expect(findUnstorable({ config: { "u\u0000rl": "x" } })).toEqual({
      path: ["config", "u\u0000rl"],
      problem: "text",
    });
  });

  it("passes numbers, booleans, null and clean text", () => {
    expect(findUnstorable({ a: 1, b: true, c: null, d: ["x", { e: "y" }] })).toBeNull();
    expect(findUnstorable("fine")).toBeNull();
  });

  it("stops at a hostile depth without recursing (no stack overflow)", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorable(deep)?.problem).toBe("depth");
  });
});
