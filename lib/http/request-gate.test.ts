import { describe, expect, it } from "vitest";
import { gateRequest } from "./request-gate";

const HTTP_APP = new URL("http://localhost:3000");
const HTTPS_APP = new URL("https://app.example.com");
const COOKIE = "authjs.session-token=abc";
const JSON_BODY = { "content-type": "application/json", "content-length": "2" };

function post(host: string, headers: Record<string, string>, method = "POST") {
  return new Request(`http://${host}/api/v1/clients`, { method, headers: { host, ...headers } });
}
const codeOf = (request: Request, appUrl = HTTP_APP) => gateRequest(request, appUrl)?.code ?? "passed";

describe("gateRequest: the Origin rule for cookie-carrying state changes", () => {
  it("passes the host's own origin on the console, a portal host and a custom domain", () => {
    for (const host of ["localhost:3000", "acme.localhost:3000", "portal.acme-clients.com"]) {
      expect(codeOf(post(host, { cookie: COOKIE, origin: `http://${host}`, ...JSON_BODY }))).toBe("passed");
    }
  });

  it.each([
    ["another site", "http://evil.test"],
    ["another agency's portal", "http://globex.localhost:3000"],
    ["the console, on a portal host", "http://localhost:3000"],
    ["the right host with another port", "http://acme.localhost:3001"],
    ["the right host over the wrong scheme", "https://acme.localhost:3000"],
    ["a sandboxed or privacy-stripped page", "null"],
    ["a prefix of the host", "http://acme.localhost:3000.evil.test"],
  ])("refuses %s with 403 forbidden_origin", (_what, origin) => {
    expect(codeOf(post("acme.localhost:3000", { cookie: COOKIE, origin, ...JSON_BODY }))).toBe("forbidden_origin");
  });

  it("refuses a cookie-carrying state change with no Origin at all, for every unsafe method", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const error = gateRequest(post("localhost:3000", { cookie: COOKIE, ...JSON_BODY }, method), HTTP_APP);
      expect(error?.code).toBe("forbidden_origin");
      expect(error?.status).toBe(403);
      expect(error?.message).toMatch(/Origin/);
    }
  });

  it("leaves reads alone: GET, HEAD and OPTIONS change nothing", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(codeOf(post("localhost:3000", { cookie: COOKIE, origin: "http://evil.test" }, method))).toBe("passed");
    }
  });

  it("wants https when APP_URL is https or the proxy says the connection was", () => {
    const host = "app.example.com";
    expect(codeOf(post(host, { cookie: COOKIE, origin: "http://app.example.com", ...JSON_BODY }), HTTPS_APP)).toBe(
      "forbidden_origin",
    );
    expect(codeOf(post(host, { cookie: COOKIE, origin: "https://app.example.com", ...JSON_BODY }), HTTPS_APP)).toBe(
      "passed",
    );
    const behindTls = { cookie: COOKIE, "x-forwarded-proto": "https", ...JSON_BODY };
    expect(codeOf(post(host, { ...behindTls, origin: "https://app.example.com" }))).toBe("passed");
    expect(codeOf(post(host, { ...behindTls, origin: "http://app.example.com" }))).toBe("forbidden_origin");
  });

  it("compares origins as browsers serialise them: no default port, any case of host", () => {
    expect(
      codeOf(
        post("app.example.com:443", { cookie: COOKIE, origin: "https://app.example.com", ...JSON_BODY }),
        HTTPS_APP,
      ),
    ).toBe("passed");
    expect(
      codeOf(post("App.Example.com", { cookie: COOKIE, origin: "https://app.example.com", ...JSON_BODY }), HTTPS_APP),
    ).toBe("passed");
    expect(
      codeOf(
        post("localhost:3000", {
          cookie: COOKIE,
          origin: "http://localhost:3000",
          "x-forwarded-host": "evil.test@localhost:3000",
          ...JSON_BODY,
        }),
      ),
    ).toBe("forbidden_origin");
  });

  it("compares against the forwarded host the rest of the app routes by", () => {
    const headers = { cookie: COOKIE, "x-forwarded-host": "acme.example.com", ...JSON_BODY };
    expect(codeOf(post("10.0.0.5:3000", { ...headers, origin: "http://acme.example.com" }))).toBe("passed");
    expect(codeOf(post("10.0.0.5:3000", { ...headers, origin: "http://10.0.0.5:3000" }))).toBe("forbidden_origin");
  });

  // The seam for API keys (a later issue): no cookie means no session could authenticate it.
  it("does not apply the Origin rule to a request without cookies (an API key client), but does once it carries one", () => {
    const bearer = { authorization: "Bearer sk_test", ...JSON_BODY };
    expect(codeOf(post("localhost:3000", bearer))).toBe("passed");
    expect(codeOf(post("localhost:3000", { ...bearer, origin: "http://evil.test" }))).toBe("passed");
    expect(codeOf(post("localhost:3000", { ...bearer, cookie: COOKIE, origin: "http://evil.test" }))).toBe(
      "forbidden_origin",
    );
    expect(codeOf(post("localhost:3000", { ...bearer, cookie: COOKIE }))).toBe("forbidden_origin");
  });
});

describe("gateRequest: JSON bodies only", () => {
  const sameOrigin = { cookie: COOKIE, origin: "http://localhost:3000" };
  it.each([
    ["text/plain", "text/plain;charset=UTF-8"],
    ["a form", "application/x-www-form-urlencoded"],
    ["multipart", "multipart/form-data; boundary=x"],
    ["JSON lookalike", "application/jsonp"],
  ])("refuses %s with 415", (_what, type) => {
    const error = gateRequest(
      post("localhost:3000", { ...sameOrigin, "content-type": type, "content-length": "9" }),
      HTTP_APP,
    );
    expect(error?.code).toBe("unsupported_media_type");
    expect(error?.status).toBe(415);
  });

  it("refuses a body with no Content-Type, sized or chunked", () => {
    expect(codeOf(post("localhost:3000", { ...sameOrigin, "content-length": "9" }))).toBe("unsupported_media_type");
    expect(codeOf(post("localhost:3000", { ...sameOrigin, "transfer-encoding": "chunked" }))).toBe(
      "unsupported_media_type",
    );
  });

  it("accepts JSON (with parameters or a +json type) and bodiless state changes", () => {
    expect(
      codeOf(
        post("localhost:3000", {
          ...sameOrigin,
          "content-type": "Application/JSON; charset=utf-8",
          "content-length": "2",
        }),
      ),
    ).toBe("passed");
    expect(
      codeOf(
        post("localhost:3000", {
          ...sameOrigin,
          "content-type": "application/merge-patch+json",
          "content-length": "2",
        }),
      ),
    ).toBe("passed");
    expect(codeOf(post("localhost:3000", sameOrigin, "DELETE"))).toBe("passed");
    expect(codeOf(post("localhost:3000", { ...sameOrigin, "content-length": "0" }))).toBe("passed");
  });

  it("applies to requests without cookies too: no route here reads anything but JSON", () => {
    expect(codeOf(post("localhost:3000", { "content-type": "text/plain", "content-length": "9" }))).toBe(
      "unsupported_media_type",
    );
  });
});
