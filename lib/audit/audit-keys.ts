import "server-only";
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, getConfig, parseSigningKey } from "@/lib/config";

// The two audit keys live OUTSIDE the database, so its owner holds neither: AUDIT_HMAC_KEY keys
// the chain's MACs, AUDIT_SIGNING_KEY (Ed25519) signs the checkpoints written out of it. Either
// one absent from the environment is generated once and kept in DATA_DIR, like AUTH_SECRET.
const HMAC_FILE = "audit-hmac-key";
const SIGNING_FILE = "audit-signing-key.pem";

type Lookup = { create: boolean };
const cache = new Map<string, unknown>();

// Absent keys are not remembered: one generated later (by the server) is found on the next call.
function memo<T>(id: string, load: () => T): T {
  if (cache.has(id)) return cache.get(id) as T;
  const value = load();
  if (value !== null) cache.set(id, value);
  return value;
}

/** The MAC key; null only with { create: false } when neither the environment nor DATA_DIR has one. */
export function auditHmacKey(opts: Lookup = { create: true }): string | null {
  const { auditHmacKey: fromEnv, dataDir } = getConfig();
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, HMAC_FILE);
  return memo(`hmac:${file}`, () => readOrCreate(file, opts.create, () => randomBytes(32).toString("base64url")));
}

/** The checkpoint signing key (private); null only with { create: false } when there is none. */
export function auditSigningKey(opts: Lookup = { create: true }): KeyObject | null {
  const { auditSigningKey: fromEnv, dataDir } = getConfig();
  const file = path.join(dataDir, SIGNING_FILE);
  return memo(`sign:${fromEnv ? "env" : file}`, () => {
    const pem =
      fromEnv ??
      readOrCreate(file, opts.create, () =>
        generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
      );
    if (pem === null) return null;
    const key = parseSigningKey(pem);
    if (!key)
      throw new ConfigError(
        `Invalid configuration: ${fromEnv ? "AUDIT_SIGNING_KEY" : file} is not an Ed25519 private key`,
      );
    return key;
  });
}

/** The public half, which is all an auditor needs to check checkpoints. */
export function auditPublicKeyOf(privateKey: KeyObject): KeyObject {
  return createPublicKey(privateKey);
}

/** A short, stable name for a public key: the first 16 hex of SHA-256 over its DER (SPKI). */
export function publicKeyId(publicKey: KeyObject): string {
  return createHash("sha256")
    .update(publicKey.export({ format: "der", type: "spki" }))
    .digest("hex")
    .slice(0, 16);
}

// "wx": of two processes starting at once, the second reads the first one's key instead of
// overwriting it with its own (which would leave MACs no key can check).
function readOrCreate(file: string, create: boolean, generate: () => string): string | null {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  if (!create) return null;
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, generate(), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}
