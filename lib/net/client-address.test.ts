import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeAddress, resolveClientAddress } from "./client-address";
import { parseTrustedProxies } from "./trusted-proxies";

const trust = (value?: string) => parseTrustedProxies(value);

describe("resolveClientAddress", () => {
  it("trusts no proxy by default: the TCP peer, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.7", "1.2.3.4", trust())).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.7", null, trust())).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.7", "1.2.3.4", trust("0"))).toBe("203.0.113.7");
    expect(resolveClientAddress(null, "1.2.3.4", trust())).toBeNull();
  });

  it("behind listed proxies: the rightmost entry that is not a proxy, never a forged leftmost one", () => {
    const lb = trust("10.0.0.0/8, 192.168.1.5");
    // The client forged "6.6.6.6"; the load balancer appended the real address.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9", lb)).toBe("198.51.100.9");
    // Two proxies deep, the inner one listed as a single address.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9, 192.168.1.5", lb)).toBe("198.51.100.9");
    // A client reaching the app directly (peer not a proxy): its header is ignored entirely.
    expect(resolveClientAddress("198.51.100.9", "10.0.0.3, 1.2.3.4", lb)).toBe("198.51.100.9");
    // A request from the proxy itself: every hop trusted, the furthest one.
    expect(resolveClientAddress("10.0.0.2", "10.0.0.9", lb)).toBe("10.0.0.9");
    expect(resolveClientAddress("10.0.0.2", null, lb)).toBe("10.0.0.2");
  });

  it("behind a hop count: that many addresses from the right are proxies", () => {
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9", trust("1"))).toBe("198.51.100.9");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.8", trust("2"))).toBe("198.51.100.9");
    // Fewer hops than configured: the furthest address there is.
    expect(resolveClientAddress("10.0.0.2", "198.51.100.9", trust("3"))).toBe("198.51.100.9");
  });

  it("handles IPv6 and IPv4-mapped IPv6 on both sides", () => {
    expect(resolveClientAddress("::ffff:127.0.0.1", "1.2.3.4", trust())).toBe("127.0.0.1");
    expect(resolveClientAddress("2001:DB8::1", null, trust())).toBe("2001:db8::1");
    const v6 = trust("fd00::/8, 10.0.0.0/8");
    expect(resolveClientAddress("fd00::1", "2001:db8::7, fd12::3", v6)).toBe("2001:db8::7");
    expect(resolveClientAddress("::ffff:10.1.1.1", "::ffff:198.51.100.9", v6)).toBe("198.51.100.9");
    expect(resolveClientAddress("fd00::1", "[2001:db8::7]:4711", v6)).toBe("2001:db8::7");
  });

  it("stops at a malformed entry and keeps the last address a trusted hop vouched for", () => {
    const lb = trust("10.0.0.0/8");
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, <script>", lb)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4,, 10.0.0.5", lb)).toBe("10.0.0.5");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.9:51234", lb)).toBe("198.51.100.9");
    expect(resolveClientAddress("10.0.0.2", "999.1.1.1", lb)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "fe80::1%eth0", lb)).toBe("10.0.0.2");
    expect(resolveClientAddress("garbage", "1.2.3.4", lb)).toBeNull();
  });
});

describe("normalizeAddress", () => {
  it("canonicalises what sockets and proxies write, refuses the rest", () => {
    expect(normalizeAddress(" 198.51.100.9 ")).toBe("198.51.100.9");
    expect(normalizeAddress("::FFFF:198.51.100.9")).toBe("198.51.100.9");
    expect(normalizeAddress("[::1]")).toBe("::1");
    expect(normalizeAddress("[::1]:8080")).toBe("::1");
    for (const bad of ["", "unknown", "1.2.3", "1.2.3.4.5", "::1:80:", "[1.2.3.4", "1.2.3.4/8", "::1%lo"])
      expect(normalizeAddress(bad)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("takes a hop count or a comma list of addresses and CIDRs", () => {
    expect(trust("").kind).toBe("none");
    expect(trust("2")).toEqual({ kind: "hops", count: 2 });
    const list = trust("10.0.0.0/8,192.168.0.1 , 2001:db8::/32, ::ffff:172.16.0.1");
    expect(list.kind === "list" && list.list.check("172.16.0.1", "ipv4")).toBe(true);
    expect(list.kind === "list" && list.list.check("2001:db8:1::1", "ipv6")).toBe(true);
  });

  it("refuses a value it cannot read, naming the entry", () => {
    for (const bad of [
      "10.0.0.0/33",
      "::/129",
      "10.0.0.0/8,",
      "load-balancer",
      "21",
      "-1",
      "1.2.3.4/8/9",
      "fe80::1%eth0",
      "10.0.0.0/8;1.2.3.4",
    ]) {
      expect(() => trust(bad), bad).toThrow();
    }
    expect(() => trust("10.0.0.0/8, lb.internal")).toThrow(/lb\.internal/);
  });
});

describe("one reader of forwarding headers", () => {
  it("reads X-Forwarded-For and X-Real-IP nowhere but lib/net/", () => {
    const root = path.resolve(__dirname, "../..");
    const files: string[] = [];
    const walk = (rel: string) => {
      const abs = path.join(root, rel);
      if (statSync(abs).isDirectory()) readdirSync(abs).forEach((e) => walk(path.join(rel, e)));
      else if (/\.(ts|tsx)$/.test(rel) && !/\.test\.ts$/.test(rel)) files.push(rel.split(path.sep).join("/"));
    };
    ["app", "components", "lib", "db", "auth.ts", "proxy.ts"].forEach(walk);
    const offenders = files.filter(
      (f) =>
        !f.startsWith("lib/net/") &&
        /["'`]x-(forwarded-for|real-ip)["'`]/i.test(readFileSync(path.join(root, f), "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
