import { describe, expect, it } from "vitest";
import { redirectPathOr, safeRedirectPath } from "./safe-redirect";

const ORIGIN = "http://acme.localhost:3000";

// Each of these must never send the browser anywhere but ORIGIN. Whatever is accepted is
// checked below by resolving it the way a browser would.
const BYPASSES = [
  "/\t/evil.test",
  "/\r/evil.test",
  "/\n/evil.test",
  "/\u0000/evil.test",
  "/\t\\evil.test",
  "/\t\t/evil.test",
  "\t//evil.test",
  "\n//evil.test",
  "//evil.test",
  "///evil.test",
  "////evil.test",
  "//evil.test/%2F..",
  "/\\evil.test",
  "\\/evil.test",
  "\\\\evil.test",
  "/\\/evil.test",
  "\\evil.test",
  "/%2F/evil.test",
  "%2F%2Fevil.test",
  "/%2f%2fevil.test",
  "/%5C/evil.test",
  "%5C%5Cevil.test",
  "https:evil.test",
  "http:evil.test",
  "https:/evil.test",
  "http:\\\\evil.test",
  "http://evil.test",
  "https://evil.test/agency",
  "HTTP://EVIL.TEST",
  "//EVIL.test",
  "ftp://evil.test",
  "data:text/html,<script>alert(1)</script>",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  " javascript:alert(1)",
  "vbscript:msgbox(1)",
  " //evil.test",
  "\u00a0//evil.test",
  "\u3000//evil.test",
  "/..//evil.test",
  "/./../..//evil.test",
  "/.//evil.test",
  "/agency/..//evil.test",
  "/%2e%2e//evil.test",
  "/%2E.//evil.test",
  "/\uff0f/evil.test",
  "\uff0f\uff0fevil.test",
  "/\u2215/evil.test",
  "http:\uff0f\uff0fevil.test",
  "https://evil.test\uff0f@acme.localhost:3000",
  "//acme.localhost:3000@evil.test",
  "http://acme.localhost:3000@evil.test/",
  "http://evil.test@acme.localhost:3000/",
  "http://acme.localhost:3000.evil.test/",
  "http://acme.localhost:3001/",
  "https://acme.localhost:3000/",
  "http://localhost:3000/agency",
  "//evil.test\\@acme.localhost:3000",
  "/\u0085/evil.test",
  "/\u007f/evil.test",
  "/\u2028/evil.test",
  "",
  "   ",
  "\u0000",
];

describe("safeRedirectPath", () => {
  it.each(BYPASSES.map((b) => [JSON.stringify(b), b]))("%s never leaves the origin", (_, target) => {
    const path = safeRedirectPath(target, ORIGIN);
    if (path === null) return;
    // A browser navigating to what we return, from a page on ORIGIN, stays on ORIGIN.
    expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
    expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
  });

  it.each([
    "/\t/evil.test",
    "/\r/evil.test",
    "/\n/evil.test",
    "/\u0000/evil.test",
    "//evil.test",
    "/\\evil.test",
    "\\/evil.test",
    "https:evil.test",
    "http://evil.test",
    "javascript:alert(1)",
    " //evil.test",
    "/..//evil.test",
    "/\t\\evil.test",
    "http://acme.localhost:3000@evil.test/",
    "http://evil.test@acme.localhost:3000/",
    "http://localhost:3000/agency",
    "https://acme.localhost:3000/",
    "data:text/html,x",
    "",
    "\u0085/x",
    "/\u2028/evil.test",
  ])("refuses %j", (target) => {
    expect(safeRedirectPath(target, ORIGIN)).toBeNull();
  });

  it.each([
    ["/", "/"],
    ["/agency/clients?q=bright#top", "/agency/clients?q=bright#top"],
    ["/calls?q=a%20b&status=done", "/calls?q=a%20b&status=done"],
    ["calls", "/calls"],
    ["/agency/../calls", "/calls"],
    ["/%2F/evil.test", "/%2F/evil.test"],
    ["%2F%2Fevil.test", "/%2F%2Fevil.test"],
    ["http://acme.localhost:3000/calls?x=1", "/calls?x=1"],
    ["/\uff0f/evil.test", "/%EF%BC%8F/evil.test"],
  ])("keeps the same-origin path of %j as %j", (target, expected) => {
    expect(safeRedirectPath(target, ORIGIN)).toBe(expected);
  });

  it("refuses non-strings, huge values and a broken origin", () => {
    expect(safeRedirectPath(undefined, ORIGIN)).toBeNull();
    expect(safeRedirectPath(["/calls"], ORIGIN)).toBeNull();
    expect(safeRedirectPath(`/${"a".repeat(3000)}`, ORIGIN)).toBeNull();
    expect(safeRedirectPath("/calls", "not an origin")).toBeNull();
  });

  it("falls back for anything refused", () => {
    expect(redirectPathOr("/\t/evil.test", ORIGIN, "/agency")).toBe("/agency");
    expect(redirectPathOr("/agency/team", ORIGIN, "/agency")).toBe("/agency/team");
  });
});
