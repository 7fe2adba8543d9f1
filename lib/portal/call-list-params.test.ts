import { describe, expect, it } from "vitest";
import { callFiltersFromSearchParams, callListQuery } from "./call-list-params";

describe("call list URL parameters", () => {
  it("keeps valid filters, drops broken ones and reports them", () => {
    const { filters, ignored, cursor } = callFiltersFromSearchParams(
      { status: "missed", direction: "sideways", minDuration: "30", q: "  617 ", cursor: "abc", sentiment: "negative" },
      { allowSentiment: false },
    );
    expect(filters).toEqual({ status: "missed", minDuration: 30, q: "617" });
    expect(ignored).toEqual(["direction", "sentiment"]);
    expect(cursor).toBe("abc");
  });

  it("round-trips through a query string, leaving out empty values", () => {
    const query = callListQuery({ status: "completed", from: "2026-01-01", q: undefined }, { cursor: "xyz" });
    expect(query).toBe("?from=2026-01-01&status=completed&cursor=xyz");
    const params = Object.fromEntries(new URLSearchParams(query));
    expect(callFiltersFromSearchParams(params, { allowSentiment: true }).filters).toEqual({
      from: "2026-01-01",
      status: "completed",
    });
    expect(callListQuery({})).toBe("");
  });
});
