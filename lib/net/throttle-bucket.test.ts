import { describe, expect, it } from "vitest";
import { throttleBucketOf } from "./throttle-bucket";

describe("throttleBucketOf", () => {
  it("counts an IPv4 client by its address, mapped or not", () => {
    expect(throttleBucketOf("203.0.113.7")).toBe("203.0.113.7");
    expect(throttleBucketOf("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(throttleBucketOf("::ffff:cb00:7107")).toBe("203.0.113.7");
  });

  it("counts an IPv6 client by its /64, so rotating the interface part does not escape", () => {
    const a = throttleBucketOf("2001:db8:abcd:12::1");
    expect(a).toBe("2001:db8:abcd:12::/64");
    expect(throttleBucketOf("2001:0db8:abcd:0012:ffff:1:2:3")).toBe(a);
    expect(throttleBucketOf("2001:db8:abcd:12:dead:beef::9")).toBe(a);
    expect(throttleBucketOf("2001:db8:abcd:13::1")).not.toBe(a);
    expect(throttleBucketOf("::1")).toBe("0:0:0:0::/64");
  });

  it("keeps an unknown address apart", () => {
    expect(throttleBucketOf(null)).toBe("unknown");
  });
});
