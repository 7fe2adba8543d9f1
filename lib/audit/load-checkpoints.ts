import "server-only";
import type { KeyObject } from "node:crypto";
import type { CheckpointStore } from "./checkpoint-store";
import { checkCheckpoint } from "./signed-checkpoint";
import type { TrustedCheckpoint } from "./verify-chain";

export type LoadedCheckpoints = {
  /** The checkpoints whose signature holds, oldest first. */
  trusted: TrustedCheckpoint[];
  /** The first stored entry that is malformed, foreign or badly signed: someone changed the store. */
  problem: { seq: number; reason: string } | null;
};

/** An agency's stored checkpoints, each checked with nothing but the public key. */
export async function loadCheckpoints(
  store: CheckpointStore,
  publicKey: KeyObject,
  agencyId: string,
): Promise<LoadedCheckpoints> {
  const trusted: TrustedCheckpoint[] = [];
  let problem: LoadedCheckpoints["problem"] = null;
  for (const raw of await store.list(agencyId)) {
    const checked = checkCheckpoint(publicKey, agencyId, raw);
    if (checked.ok) {
      const { seq, hash, unkeyedUntil } = checked.checkpoint.payload;
      trusted.push({ seq, hash, ...(unkeyedUntil ? { unkeyedUntil } : {}) });
    } else problem ??= { seq: seqOf(raw), reason: checked.reason };
  }
  return { trusted: trusted.sort((a, b) => a.seq - b.seq), problem };
}

function seqOf(raw: unknown): number {
  const seq = (raw as { payload?: { seq?: unknown } } | null)?.payload?.seq;
  return typeof seq === "number" ? seq : 0;
}
