import { describe, expect, it } from "vitest";
import { unsupportedMethods } from "./api-handler";

const context = { params: Promise.resolve({}) };

describe("unsupportedMethods", () => {
  it("gives a handler for every method the path does not take, and none for those it does", () => {
    expect(Object.keys(unsupportedMethods("GET", "PATCH")).sort()).toEqual(["DELETE", "POST", "PUT"]);
    expect(Object.keys(unsupportedMethods("POST")).sort()).toEqual(["DELETE", "GET", "PATCH", "PUT"]);
  });

  it("answers 405 in the §9 shape, naming the methods the path does take", async () => {
    const { DELETE } = unsupportedMethods("GET", "PATCH");
    const response = await DELETE(new Request("http://localhost:3000/api/v1/thing", { method: "DELETE" }), context);
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, PATCH");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(await response.json()).toEqual({
      error: { code: "method_not_allowed", message: "Use GET or PATCH on this path." },
    });
  });
});
