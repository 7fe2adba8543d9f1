import { describe, expect, it } from "vitest";
import { copyField } from "./copy-rows";

describe("copyField (COPY text format)", () => {
  it("writes NULL as \\N and booleans as t/f", () => {
    expect(copyField(null)).toBe("\\N");
    expect(copyField(true)).toBe("t");
    expect(copyField(false)).toBe("f");
  });

  it("escapes the characters that delimit fields and rows, and the escape itself", () => {
    expect(copyField("a\tb\nc\rd\\e")).toBe("a\\tb\\nc\\rd\\\\e");
    expect(copyField("plain text, with commas; and 'quotes'")).toBe("plain text, with commas; and 'quotes'");
  });

  it("writes dates as ISO instants and objects as JSON, escaped like text", () => {
    expect(copyField(new Date("2026-05-01T12:00:00.123Z"))).toBe("2026-05-01T12:00:00.123Z");
    expect(copyField([{ speaker: "agent", text: 'said "hi"\n' }])).toBe(
      '[{"speaker":"agent","text":"said \\\\"hi\\\\"\\\\n"}]',
    );
  });
});
