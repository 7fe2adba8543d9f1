import { generate } from "otplib";
import { describe, expect, it } from "vitest";

import { findRecoveryCode, hashRecoveryCode, newRecoveryCodes, RECOVERY_CODE_COUNT } from "./recovery-codes";
import { newTotpSecret, totpUri, verifyTotp } from "./totp";

const at = (iso: string) => new Date(iso);
const codeAt = (secret: string, d: Date) => generate({ secret, epoch: Math.floor(d.getTime() / 1000) });

describe("TOTP", () => {
  it("accepts the current code and returns its time step", async () => {
    const secret = newTotpSecret();
    const now = at("2026-11-26T22:00:10Z");
    const step = await verifyTotp({ secret, code: await codeAt(secret, now), lastUsedStep: null, now });
    expect(step).toBe(Math.floor(now.getTime() / 1000 / 30));
  });

  it("refuses the same code twice once its step is stored", async () => {
    const secret = newTotpSecret();
    const now = at("2026-11-26T22:00:10Z");
    const code = await codeAt(secret, now);
    const step = await verifyTotp({ secret, code, lastUsedStep: null, now });
    expect(step).not.toBeNull();
    expect(await verifyTotp({ secret, code, lastUsedStep: step, now })).toBeNull();
  });

  it("refuses an older code inside the window after a newer one was used", async () => {
    const secret = newTotpSecret();
    const now = at("2026-11-26T22:00:40Z");
    const previous = await codeAt(secret, at("2026-11-26T22:00:10Z"));
    const current = await codeAt(secret, now);
    const step = await verifyTotp({ secret, code: current, lastUsedStep: null, now });
    expect(await verifyTotp({ secret, code: previous, lastUsedStep: null, now })).not.toBeNull();
    expect(await verifyTotp({ secret, code: previous, lastUsedStep: step, now })).toBeNull();
  });

  it("refuses a code two minutes old, a wrong code and malformed input", async () => {
    const secret = newTotpSecret();
    const now = at("2026-11-26T22:02:10Z");
    expect(
      await verifyTotp({ secret, code: await codeAt(secret, at("2026-11-26T22:00:10Z")), lastUsedStep: null, now }),
    ).toBeNull();
    const good = await codeAt(secret, now);
    const wrong = String((Number(good) + 1) % 1_000_000).padStart(6, "0");
    expect(await verifyTotp({ secret, code: wrong, lastUsedStep: null, now })).toBeNull();
    expect(await verifyTotp({ secret, code: "12a456", lastUsedStep: null, now })).toBeNull();
    expect(await verifyTotp({ secret, code: "", lastUsedStep: null, now })).toBeNull();
  });

  it("builds an otpauth URI carrying the issuer given, not the platform's name", () => {
    const uri = totpUri({ secret: newTotpSecret(), issuer: "Acme Agency", label: "a@example.com" });
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain("issuer=Acme");
    expect(uri.toLowerCase()).not.toContain("switchboard");
  });
});

describe("recovery codes", () => {
  it("makes 10 distinct codes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  });

  it("finds a code typed back in any case or spacing, and nothing else", () => {
    const codes = newRecoveryCodes();
    const hashes = codes.map(hashRecoveryCode);
    expect(findRecoveryCode(codes[3]!.toUpperCase().replace("-", " "), hashes)).toBe(3);
    expect(findRecoveryCode("aaaaa-aaaaa", hashes)).toBe(-1);
  });

  it("a used code (removed from the unused list) no longer matches", () => {
    const codes = newRecoveryCodes();
    const hashes = codes.map(hashRecoveryCode);
    const i = findRecoveryCode(codes[0]!, hashes);
    const unused = hashes.filter((_, j) => j !== i);
    expect(findRecoveryCode(codes[0]!, unused)).toBe(-1);
  });
});
