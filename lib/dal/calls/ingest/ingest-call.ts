import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { parseInput } from "@/lib/validation";
import { ingestCalls } from "./ingest-calls";
import { IngestCallBatchInput, IngestCallInput } from "./ingest-input";

/** `POST /api/v1/calls`: one call; `created` says whether it is new (201) or was known (200). */
export async function ingestCall(actor: Actor, raw: unknown) {
  requireStaff(actor, "calls.ingest");
  const [result] = await ingestCalls(actor, [parseInput(IngestCallInput, raw)], () => "");
  return result;
}

/** `POST /api/v1/calls/batch`: up to 1,000 calls, stored all or none; a refusal names `calls.<n>.<field>`. */
export async function ingestCallBatch(actor: Actor, raw: unknown) {
  requireStaff(actor, "calls.ingest");
  const { calls } = parseInput(IngestCallBatchInput, raw);
  const items = await ingestCalls(actor, calls, (i) => `calls.${i}.`);
  return { items, created: items.filter((i) => i.created).length, updated: items.filter((i) => !i.created).length };
}
