import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getConfig } from "@/lib/config";

/**
 * Encrypts integration secrets at rest: AES-256-GCM with a key derived from the auth secret by
 * HKDF-SHA256, so the database alone (a dump, a backup, a read-only injection) reveals no
 * token. Each value is bound to its row by the additional data (the integration id): a
 * ciphertext copied onto another row does not open. Changing AUTH_SECRET makes stored secrets
 * unreadable; integrations then ask for their credentials again.
 *
 * Format: v1.<iv>.<ciphertext>.<tag>, each base64url.
 */
export type SecretBox = {
  seal(plaintext: string, boundTo: string): string;
  open(sealed: string, boundTo: string): string;
};

const VERSION = "v1";
const SALT = "secret-box/v1";
const INFO = "integration-secrets";

export function secretBoxFor(authSecret: string): SecretBox {
  const key = Buffer.from(hkdfSync("sha256", authSecret, SALT, INFO, 32));
  return {
    seal(plaintext, boundTo) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(boundTo, "utf8"));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return [VERSION, iv, body, cipher.getAuthTag()]
        .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
        .join(".");
    },
    open(sealed, boundTo) {
      const [version, iv, body, tag] = sealed.split(".");
      if (version !== VERSION || !iv || body === undefined || !tag) throw new SecretBoxError();
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAAD(Buffer.from(boundTo, "utf8"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
      } catch {
        throw new SecretBoxError();
      }
    },
  };
}

export class SecretBoxError extends Error {
  constructor() {
    super("The stored secret cannot be decrypted.");
  }
}

let cached: { secret: string; box: SecretBox } | undefined;

/** The box for this deployment's auth secret. */
export function secretBox(): SecretBox {
  const { authSecret } = getConfig();
  if (cached?.secret !== authSecret) cached = { secret: authSecret, box: secretBoxFor(authSecret) };
  return cached.box;
}

/** What people see of a stored secret: enough to tell two apart, never enough to use. */
export function secretHint(secret: string): string {
  return `••••${secret.slice(-4)}`;
}
