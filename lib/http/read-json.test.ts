import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readJson } from "./api-handler";

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://x/api/v1/calls", { method: "POST", body, headers });

describe("readJson", () => {
  it("parses a body under the cap, and refuses one over it with 413 (declared or streamed)", async () => {
    expect(await readJson(post('{"a":1}'), { maxBytes: 100 })).toEqual({ a: 1 });
    const big = JSON.stringify({ text: "x".repeat(2_000) });
    const refused = await readJson(post(big), { maxBytes: 1_000 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(413);
    // A chunked body declares no length: counted while it streams.
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 5; i++) c.enqueue(new TextEncoder().encode("x".repeat(400)));
        c.close();
      },
    });
    const chunked = new Request("http://x/", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(((await readJson(chunked, { maxBytes: 1_000 }).catch((e: unknown) => e)) as AppError).status).toBe(413);
  });

  it("without a cap reads as before; malformed JSON is 400", async () => {
    expect(await readJson(post(""))).toEqual({});
    expect(((await readJson(post("{nope")).catch((e: unknown) => e)) as AppError).status).toBe(400);
  });

  it("refuses a body behind a byte order mark, capped or not, rather than reading it as the JSON after it", async () => {
    for (const opts of [{}, { maxBytes: 100 }])
      expect(((await readJson(post("\ufeff{}"), opts).catch((e: unknown) => e)) as AppError).status).toBe(400);
  });
});
