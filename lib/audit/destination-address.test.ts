import { describe, expect, it } from "vitest";
import { DestinationRefused, isPrivateAddress, resolveDestination } from "./destination-address";

describe("destination addresses", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.20.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "fd00::1",
    "fe80::1",
    "::ffff:7f00:1",
    "not-an-ip",
  ])("refuses %s", (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700::1111"])("accepts %s", (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );

  it("refuses loopback literals unless private destinations are allowed", async () => {
    await expect(resolveDestination(new URL("http://127.0.0.1:9/x"), false)).rejects.toBeInstanceOf(DestinationRefused);
    await expect(resolveDestination(new URL("http://[::1]:9/x"), false)).rejects.toBeInstanceOf(DestinationRefused);
    await expect(resolveDestination(new URL("http://127.0.0.1:9/x"), true)).resolves.toEqual({
      address: "127.0.0.1",
      family: 4,
    });
  });

  it("refuses a name that resolves to loopback", async () => {
    await expect(resolveDestination(new URL("http://localhost:9/x"), false)).rejects.toBeInstanceOf(DestinationRefused);
  });
});
