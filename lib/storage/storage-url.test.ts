import { afterEach, describe, expect, it } from "vitest";
import { getConfig, resetConfigForTests } from "@/lib/config";
import { parseStorageUrl } from "./storage-url";

// getConfig() would otherwise generate and store a secret on disk.
process.env.AUTH_SECRET ??= "unit-test-secret-that-is-long-enough";

afterEach(() => {
  delete process.env.STORAGE_URL;
  resetConfigForTests();
});

describe("parseStorageUrl", () => {
  it("reads endpoint, bucket, region and credentials, path-style by default over HTTPS", () => {
    expect(parseStorageUrl("s3://AKIA123:s3cr%2Ft%2Bkey@minio.internal:9000/recordings?region=eu-west-1")).toEqual({
      endpoint: "https://minio.internal:9000",
      bucket: "recordings",
      prefix: "",
      region: "eu-west-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "AKIA123", secretAccessKey: "s3cr/t+key" },
    });
  });

  it("takes plain HTTP, a key prefix, virtual-host addressing and the SDK's own credentials", () => {
    expect(parseStorageUrl("s3+http://127.0.0.1:9000/bucket/prod/eu/?forcePathStyle=false&region=auto")).toEqual({
      endpoint: "http://127.0.0.1:9000",
      bucket: "bucket",
      prefix: "prod/eu/",
      region: "auto",
      forcePathStyle: false,
      credentials: undefined,
    });
  });

  it.each([
    ["not a URL", "minio:9000/bucket", /must start with s3:\/\//],
    ["another scheme", "https://K:S@host/bucket", /must start with s3:\/\//],
    ["no bucket", "s3://K:S@host:9000", /must name a bucket/],
    ["a bucket with capitals", "s3://K:S@host/My_Bucket", /must name a bucket/],
    ["a prefix with a space", "s3://K:S@host/bucket/my files", /key prefix/],
    ["an unknown option", "s3://K:S@host/bucket?regoin=us-east-1", /unknown option "regoin"/],
    ["a bad forcePathStyle", "s3://K:S@host/bucket?forcePathStyle=yes", /forcePathStyle must be true or false/],
    ["a key without its secret", "s3://K@host/bucket", /both the access key and the secret/],
  ])("refuses %s", (_, value, message) => {
    expect(() => parseStorageUrl(value)).toThrow(message);
  });
});

describe("STORAGE_URL in the configuration", () => {
  it("is absent by default: files under DATA_DIR", () => {
    resetConfigForTests();
    expect(getConfig().storage).toBeUndefined();
  });

  it("stops the start with a message naming the variable, never the secret", () => {
    process.env.STORAGE_URL = "s3://KEY:TOP-SECRET@host:9000";
    resetConfigForTests();
    expect(() => getConfig()).toThrow(/^Invalid configuration: STORAGE_URL: .*bucket/);
    expect(() => getConfig()).not.toThrow(/TOP-SECRET/);
  });

  it("is parsed when set", () => {
    process.env.STORAGE_URL = "s3+http://K:S@127.0.0.1:9000/files";
    resetConfigForTests();
    expect(getConfig().storage).toMatchObject({ endpoint: "http://127.0.0.1:9000", bucket: "files" });
  });
});
