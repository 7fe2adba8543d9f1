import { describe, expect, it } from "vitest";
import { AddressRefused, isPublicAddress, resolveAllowedAddresses } from "./address-policy";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.255.254",
    "10.0.0.5",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.10",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "192.0.2.10",
    "198.18.0.1",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "2001:db8::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "::ffff:a9fe:a9fe",
    "64:ff9b::a9fe:a9fe",
    "2002:7f00:1::1",
    "not-an-ip",
    "",
    "localhost",
  ])("refuses %s", (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "1.1.1.1",
    "172.32.0.1",
    "100.128.0.1",
    "2606:4700:4700::1111",
    "2a00:1450:4001:80b::200e",
    "::ffff:8.8.8.8",
  ])("allows %s", (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });
});

describe("resolveAllowedAddresses", () => {
  it("refuses loopback and private literals unless private addresses are allowed", async () => {
    await expect(resolveAllowedAddresses("127.0.0.1", false)).rejects.toBeInstanceOf(AddressRefused);
    await expect(resolveAllowedAddresses("[::1]", false)).rejects.toBeInstanceOf(AddressRefused);
    await expect(resolveAllowedAddresses("169.254.169.254", false)).rejects.toThrow(/private or local/);
    expect(await resolveAllowedAddresses("127.0.0.1", true)).toEqual([{ address: "127.0.0.1", family: 4 }]);
  });

  it("checks every address a name resolves to (localhost → loopback)", async () => {
    await expect(resolveAllowedAddresses("localhost", false)).rejects.toThrow(/private or local/);
  });

  it("allows a public literal without a lookup", async () => {
    expect(await resolveAllowedAddresses("93.184.216.34", false)).toEqual([{ address: "93.184.216.34", family: 4 }]);
  });

  it("says so when a name does not resolve", async () => {
    await expect(resolveAllowedAddresses("no-such-host.invalid", false)).rejects.toThrow(/does not resolve/);
  });
});
