import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, getConfig, resetConfigForTests } from "@/lib/config";
import { auditHmacKey, auditPublicKeyOf, auditSigningKey, publicKeyId } from "./audit-keys";

const saved = { ...process.env };
let dataDir: string;

function withEnv(env: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetConfigForTests();
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "audit-keys-"));
  withEnv({ DATA_DIR: dataDir, AUDIT_HMAC_KEY: undefined, AUDIT_SIGNING_KEY: undefined });
});

afterEach(() => {
  process.env = { ...saved };
  resetConfigForTests();
});

describe("audit keys", () => {
  it("a bad value stops the start naming the variable, without echoing the value", () => {
    withEnv({ AUDIT_HMAC_KEY: "short-secret" });
    expect(() => getConfig()).toThrow(ConfigError);
    expect(() => getConfig()).toThrow(/AUDIT_HMAC_KEY/);
    withEnv({ AUDIT_HMAC_KEY: undefined, AUDIT_SIGNING_KEY: "not-a-key-at-all-s3cr3t" });
    expect(() => getConfig()).toThrow(/AUDIT_SIGNING_KEY must be an Ed25519 private key/);
    expect(() => getConfig()).not.toThrow(/s3cr3t/);
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 })
      .privateKey.export({ format: "pem", type: "pkcs8" })
      .toString();
    withEnv({ AUDIT_SIGNING_KEY: rsa });
    expect(() => getConfig()).toThrow(/AUDIT_SIGNING_KEY/);
  });

  it("takes the signing key as PEM (also with escaped line breaks) or as base64 DER", () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const der = privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");
    for (const value of [pem, pem.trim().replace(/\n/g, "\\n"), der]) {
      withEnv({ AUDIT_SIGNING_KEY: value });
      expect(publicKeyId(auditPublicKeyOf(auditSigningKey()!))).toBe(publicKeyId(publicKey));
    }
    expect(existsSync(path.join(dataDir, "audit-signing-key.pem"))).toBe(false);
  });

  it("uses AUDIT_HMAC_KEY as given, and otherwise generates both keys once in DATA_DIR, readable by the owner only", () => {
    withEnv({ AUDIT_HMAC_KEY: "x".repeat(40) });
    expect(auditHmacKey()).toBe("x".repeat(40));
    withEnv({ AUDIT_HMAC_KEY: undefined });
    expect(auditHmacKey({ create: false })).toBeNull();
    expect(auditSigningKey({ create: false })).toBeNull();
    const key = auditHmacKey()!;
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(auditHmacKey()).toBe(key);
    const signing = auditSigningKey()!;
    expect(signing.asymmetricKeyType).toBe("ed25519");
    for (const file of ["audit-hmac-key", "audit-signing-key.pem"]) {
      expect(statSync(path.join(dataDir, file)).mode & 0o777).toBe(0o600);
    }
  });
});
