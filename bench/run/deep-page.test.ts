import { describe, expect, it } from "vitest";
import { nextLink } from "./deep-page";

describe("nextLink", () => {
  it("finds the anchor labelled Next page and decodes &amp;", () => {
    const html = `<nav><a href="/calls?cursor=prev" aria-label="Previous">‹</a><a class="x" href="/calls?status=missed&amp;cursor=abc" aria-label="Next page">Next</a></nav>`;
    expect(nextLink(html)).toBe("/calls?status=missed&cursor=abc");
  });

  it("returns null on the last page (a disabled button, no link)", () => {
    expect(nextLink(`<button disabled aria-label="Next page">Next</button>`)).toBeNull();
  });
});
