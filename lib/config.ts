import "server-only";
import { createPrivateKey, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies, type ProxyTrust } from "@/lib/net/trusted-proxies";
import { parseStorageUrl, type StorageTarget } from "@/lib/storage/storage-url";

const urlString = (name: string) =>
  z.string().refine((v) => URL.canParse(v), { message: `${name} must be an absolute URL` });

// Every variable is optional (SPEC: Configuration); a bad value stops the start naming it.
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  APP_URL: urlString("APP_URL").default("http://localhost:3000"),
  PORTAL_ROOT_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+(:\d+)?$/i, "PORTAL_ROOT_DOMAIN must be a host name, optionally with :port")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  DEMO_PASSWORD: z.string().min(8, "DEMO_PASSWORD must be at least 8 characters").default("demo-portal-2026"),
  SEED_DEMO: z.enum(["true", "false"], { message: "SEED_DEMO must be true or false" }).default("true"),
  ALLOW_PRIVATE_WEBHOOKS: z
    .enum(["true", "false"], { message: "ALLOW_PRIVATE_WEBHOOKS must be true or false" })
    .optional(),
  WORKER_LEASE_SECONDS: z.coerce
    .number({ message: "WORKER_LEASE_SECONDS must be a number of seconds" })
    .int("WORKER_LEASE_SECONDS must be a whole number of seconds")
    .min(10, "WORKER_LEASE_SECONDS must be at least 10 (a webhook send may take 5)")
    .max(3600, "WORKER_LEASE_SECONDS must be at most 3600")
    .default(120),
  AUDIT_HMAC_KEY: z.string().min(32, "AUDIT_HMAC_KEY must be at least 32 characters").optional(),
  AUDIT_SIGNING_KEY: z
    .string()
    .refine((v) => parseSigningKey(v) !== null, {
      message: "AUDIT_SIGNING_KEY must be an Ed25519 private key: PKCS#8 PEM, or that DER in base64",
    })
    .optional(),
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  PAGE_CACHE_MB: z.coerce
    .number({ message: "PAGE_CACHE_MB must be a number of megabytes" })
    .int("PAGE_CACHE_MB must be a whole number of megabytes")
    .min(0, "PAGE_CACHE_MB must be 0 (off) or more")
    .max(4096, "PAGE_CACHE_MB must be at most 4096")
    .default(64),
  STORAGE_URL: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return value === undefined ? undefined : parseStorageUrl(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
});

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  appUrl: URL;
  appHost: string;
  portalRootDomain: string;
  authSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  demoPassword: string;
  seedDemo: boolean;
  allowPrivateWebhooks: boolean;
  /** How long a claimed background job (an outbox row, a periodic job) is held before another instance may take it. */
  workerLeaseMs: number;
  /** Which X-Forwarded-For hops to believe (lib/net/client-address.ts); none by default. */
  trustedProxies: ProxyTrust;
  /** The S3-compatible object store (lib/storage/storage-url.ts); absent: files under dataDir. */
  storage: StorageTarget | undefined;
  isProduction: boolean;
  /** Memory each instance gives its cache of rendered portal pages (lib/page-cache); 0 turns it off. */
  pageCacheBytes: number;
  /** Raw values; absent means the keys generated in DATA_DIR (lib/audit/audit-keys.ts). */
  auditHmacKey: string | undefined;
  auditSigningKey: string | undefined;
};

let cached: Config | undefined;

export class ConfigError extends Error {}

export function getConfig(): Config {
  if (cached) return cached;
  const blank = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(blank);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${String(issue.path[0])}: ${issue.message}`);
  }
  const env = parsed.data;
  const appUrl = new URL(env.APP_URL);
  const dataDir = path.resolve(env.DATA_DIR);
  cached = {
    databaseUrl: env.DATABASE_URL,
    dataDir,
    appUrl,
    appHost: appUrl.host,
    portalRootDomain: env.PORTAL_ROOT_DOMAIN ?? appUrl.host,
    authSecret: env.AUTH_SECRET ?? loadOrCreateSecret(dataDir),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM ?? `no-reply@${appUrl.hostname}`,
    demoPassword: env.DEMO_PASSWORD,
    seedDemo: env.SEED_DEMO === "true",
    allowPrivateWebhooks: env.ALLOW_PRIVATE_WEBHOOKS
      ? env.ALLOW_PRIVATE_WEBHOOKS === "true"
      : process.env.NODE_ENV !== "production",
    workerLeaseMs: env.WORKER_LEASE_SECONDS * 1000,
    trustedProxies: env.TRUSTED_PROXIES,
    storage: env.STORAGE_URL,
    isProduction: process.env.NODE_ENV === "production",
    pageCacheBytes: env.PAGE_CACHE_MB * 2 ** 20,
    auditHmacKey: env.AUDIT_HMAC_KEY,
    auditSigningKey: env.AUDIT_SIGNING_KEY,
  };
  return cached;
}

/** Tests change the environment between files; they call this to re-read it. */
export function resetConfigForTests() {
  cached = undefined;
}

// Generated once and kept beside the embedded database, so sessions survive restarts.
function loadOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** An Ed25519 private key from PKCS#8 PEM or base64 DER, or null when the value is neither. */
export function parseSigningKey(value: string) {
  try {
    // A PEM pasted into one line of an env file has a backslash and "n" for each line break.
    const text = value.trim().replace(/\\n/g, "\n");
    const key = text.startsWith("-----BEGIN")
      ? createPrivateKey(text)
      : createPrivateKey({ key: Buffer.from(text, "base64"), format: "der", type: "pkcs8" });
    return key.asymmetricKeyType === "ed25519" ? key : null;
  } catch {
    return null;
  }
}
