import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  S3Client,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import type { Readable } from "node:stream";
import { storageUnavailable } from "@/lib/errors";
import { assertObjectKey, type ObjectStore } from "./object-store";
import type { StorageTarget } from "./storage-url";

// A store that does not answer must fail the one request quickly (503), not hold it for minutes.
const CONNECT_TIMEOUT_MS = 5_000;
const IDLE_SOCKET_TIMEOUT_MS = 60_000;
// Uploads are sent in parts of 5 MiB (S3's minimum), two at a time: memory stays near 10 MiB
// however large the recording.
const PART_BYTES = 5 * 1024 * 1024;

/** An S3-compatible bucket (AWS S3, MinIO, R2, …) through the AWS SDK v3. */
export function s3Store(target: StorageTarget): ObjectStore {
  const client = new S3Client({
    endpoint: target.endpoint,
    region: target.region,
    forcePathStyle: target.forcePathStyle,
    credentials: target.credentials,
    maxAttempts: 2,
    requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS, socketTimeout: IDLE_SOCKET_TIMEOUT_MS },
    // Checksums only where S3 requires them: many S3-compatible stores reject the newer
    // default trailing checksums of streamed uploads.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = target.bucket;
  const keyOf = (key: string) => target.prefix + assertObjectKey(key);
  return {
    location: `${target.endpoint}/${Bucket}/${target.prefix}`,
    async put(key, body, opts = {}) {
      const upload = new Upload({
        client,
        params: { Bucket, Key: keyOf(key), Body: body, ContentType: opts.contentType },
        partSize: PART_BYTES,
        queueSize: 2,
      });
      await upload.done().catch(unavailable);
    },
    async get(key, range) {
      const Range = range ? `bytes=${range.start}-${range.end}` : undefined;
      const answer = await client
        .send(new GetObjectCommand({ Bucket, Key: keyOf(key), Range }))
        .catch(missingOrUnavailable);
      return answer ? (answer.Body as Readable) : null;
    },
    async stat(key) {
      const answer = await client.send(new HeadObjectCommand({ Bucket, Key: keyOf(key) })).catch(missingOrUnavailable);
      return answer ? { size: answer.ContentLength ?? 0 } : null;
    },
    async check() {
      await client.send(new HeadBucketCommand({ Bucket })).catch(unavailable);
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: keyOf(key) })).catch(unavailable);
    },
    async *list(prefix) {
      const pages = paginateListObjectsV2({ client }, { Bucket, Prefix: target.prefix + prefix });
      try {
        for await (const page of pages) {
          for (const item of page.Contents ?? []) {
            if (item.Key) yield { key: item.Key.slice(target.prefix.length), size: item.Size ?? 0 };
          }
        }
      } catch (error) {
        unavailable(error);
      }
    },
  };
}

type SdkError = { name?: string; $metadata?: { httpStatusCode?: number } };

// Only "no such object" is an answer; a missing bucket, refused credentials, a timeout or a
// refused connection all mean the store is not usable right now.
function missingOrUnavailable(error: unknown): null {
  const { name, $metadata } = (error ?? {}) as SdkError;
  if (name !== "NoSuchBucket" && (name === "NoSuchKey" || name === "NotFound" || $metadata?.httpStatusCode === 404))
    return null;
  return unavailable(error);
}

function unavailable(error: unknown): never {
  const { name, $metadata } = (error ?? {}) as SdkError;
  console.error(
    `[storage] object store failed: ${name ?? "error"}${$metadata?.httpStatusCode ? ` (HTTP ${$metadata.httpStatusCode})` : ""}`,
    error instanceof Error ? error.message : "",
  );
  throw storageUnavailable();
}
