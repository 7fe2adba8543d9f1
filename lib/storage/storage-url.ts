/**
 * STORAGE_URL, the S3-compatible object store (README "Configuration"):
 *
 *   s3://ACCESS_KEY:SECRET@host[:port]/bucket[/prefix][?region=us-east-1&forcePathStyle=true]
 *   s3+http://…   the same over plain HTTP, for a store on a private network (or a test's)
 *
 * Key and secret are percent-encoded when they hold `/`, `+`, `:` or `@`; without them the SDK's
 * own chain (environment, instance role) supplies credentials. Path-style addressing is the
 * default because MinIO, R2 and most self-hosted stores need it; AWS takes either.
 */
export type StorageTarget = {
  endpoint: string;
  bucket: string;
  /** Every key is stored under it ("" or ending in "/"): one bucket may hold several deployments. */
  prefix: string;
  region: string;
  forcePathStyle: boolean;
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
};

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PREFIX_SEGMENT = /^[A-Za-z0-9._-]+$/;
const OPTIONS = new Set(["region", "forcePathStyle"]);

/** The parsed target, or an Error whose message never repeats the secret. */
export function parseStorageUrl(value: string): StorageTarget {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error("STORAGE_URL must look like s3://KEY:SECRET@host:port/bucket");
  }
  if (url.protocol !== "s3:" && url.protocol !== "s3+http:")
    throw new Error("STORAGE_URL must start with s3:// or s3+http://");
  if (!url.hostname) throw new Error("STORAGE_URL must name the store's host");
  const [bucket, ...rest] = url.pathname.replace(/^\/+/, "").replace(/\/+$/, "").split("/");
  if (!bucket || !BUCKET.test(bucket))
    throw new Error("STORAGE_URL must name a bucket after the host (3–63 lower-case letters, digits, dots or hyphens)");
  if (rest.some((segment) => !PREFIX_SEGMENT.test(segment) || /^\.+$/.test(segment))) {
    throw new Error(
      "STORAGE_URL's key prefix after the bucket may hold only letters, digits, dots, hyphens and underscores",
    );
  }
  for (const key of url.searchParams.keys()) {
    if (!OPTIONS.has(key))
      throw new Error(`STORAGE_URL has an unknown option "${key}" (known: region, forcePathStyle)`);
  }
  const pathStyle = url.searchParams.get("forcePathStyle") ?? "true";
  if (pathStyle !== "true" && pathStyle !== "false")
    throw new Error("STORAGE_URL's forcePathStyle must be true or false");
  const region = url.searchParams.get("region") ?? "us-east-1";
  if (!/^[a-z0-9-]+$/.test(region))
    throw new Error("STORAGE_URL's region must be a region name such as us-east-1 or auto");
  if (Boolean(url.username) !== Boolean(url.password))
    throw new Error("STORAGE_URL must give both the access key and the secret, or neither");
  return {
    endpoint: `${url.protocol === "s3:" ? "https" : "http"}://${url.host}`,
    bucket,
    prefix: rest.length ? `${rest.join("/")}/` : "",
    region,
    forcePathStyle: pathStyle === "true",
    credentials: url.username
      ? { accessKeyId: decode(url.username), secretAccessKey: decode(url.password) }
      : undefined,
  };
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new Error("STORAGE_URL's access key or secret is not properly percent-encoded");
  }
}
