import { describe, expect, it } from "vitest";
import { textStream } from "./text-stream";

describe("textStream", () => {
  it("pulls the next chunk only when the reader asks for it, and stops the source on cancel", async () => {
    let produced = 0;
    let finished = false;
    async function* source() {
      try {
        for (let i = 0; i < 100; i++) {
          produced++;
          yield `chunk ${i}\n`;
        }
      } finally {
        finished = true;
      }
    }
    const reader = textStream(source()).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("chunk 0\n");
    // Backpressure: a slow reader holds the source back (the export queries batch by batch).
    expect(produced).toBeLessThanOrEqual(2);
    await reader.cancel();
    expect(finished).toBe(true);
    expect(produced).toBeLessThan(100);
  });
});
