import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";
import { baseSecurityHeaders, contentSecurityPolicy } from "./security-headers";

const directives = (csp: string) =>
  new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe("contentSecurityPolicy", () => {
  it("lets only this render's nonce run scripts, and forbids framing, plugins, base and form hijacks", () => {
    const csp = directives(contentSecurityPolicy("abc123==", { dev: false, https: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval only for next dev, and upgrades subresources only over https", () => {
    expect(directives(contentSecurityPolicy("n", { dev: true, https: false })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(directives(contentSecurityPolicy("n", { dev: false, https: true })).has("upgrade-insecure-requests")).toBe(
      true,
    );
  });
});

describe("baseSecurityHeaders", () => {
  it("sends nosniff and a referrer policy that keeps URLs (and their tokens) on this site", () => {
    expect(baseSecurityHeaders({ https: false })).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
    });
  });
  it("adds HSTS only over https", () => {
    expect(baseSecurityHeaders({ https: true })["Strict-Transport-Security"]).toBe("max-age=31536000");
  });
});

describe("proxy sets the headers on what it answers", () => {
  afterEach(() => vi.unstubAllEnvs());
  const call = (url: string, headers: Record<string, string> = {}) =>
    proxy(new NextRequest(url, { headers: { host: new URL(url).host, ...headers } }));
  const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

  it.each([
    ["a console page", "http://localhost:3000/login"],
    ["a portal page (rewritten)", "http://acme.localhost:3000/login"],
    ["a custom domain page (rewritten)", "http://portal.acme-clients.com/login"],
    ["a signed-out visitor's redirect", "http://acme.localhost:3000/calls"],
  ])("%s: CSP with a fresh nonce, handed to Next in the request's own CSP header", (_what, url) => {
    vi.stubEnv("APP_URL", "http://localhost:3000");
    const first = call(url);
    const second = call(url);
    const csp = first.headers.get("content-security-policy");
    expect(nonceOf(csp)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(csp)).not.toBe(nonceOf(second.headers.get("content-security-policy")));
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("referrer-policy")).toBe("same-origin");
    expect(first.headers.get("strict-transport-security")).toBeNull();
    if (first.status < 300) {
      // Next reads overridden request headers from these (NextResponse.next/rewrite({ request })).
      expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
      expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonceOf(csp));
    }
  });

  it("API answers get nosniff and the referrer policy, and no page CSP", () => {
    const res = call("http://localhost:3000/api/v1/me");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    expect(res.headers.get("content-security-policy")).toBeNull();
  });

  it("a client cannot choose the nonce", () => {
    const res = call("http://localhost:3000/login", {
      "x-nonce": "chosen",
      "content-security-policy": "script-src 'nonce-chosen'",
    });
    expect(res.headers.get("x-middleware-request-x-nonce")).not.toBe("chosen");
    expect(nonceOf(res.headers.get("x-middleware-request-content-security-policy"))).not.toBe("chosen");
  });

  it("sends HSTS when APP_URL is https or the TLS-terminating proxy says https", () => {
    vi.stubEnv("APP_URL", "https://app.example.com");
    expect(call("http://app.example.com/login").headers.get("strict-transport-security")).toBe("max-age=31536000");
    vi.stubEnv("APP_URL", "http://localhost:3000");
    expect(
      call("http://localhost:3000/login", { "x-forwarded-proto": "https" }).headers.get("strict-transport-security"),
    ).toBe("max-age=31536000");
    expect(
      call("http://localhost:3000/api/v1/me", { "x-forwarded-proto": "https" }).headers.get(
        "strict-transport-security",
      ),
    ).toBe("max-age=31536000");
  });
});
