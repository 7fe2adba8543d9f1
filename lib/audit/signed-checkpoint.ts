import "server-only";
import { sign, verify, type KeyObject } from "node:crypto";
import canonicalize from "canonicalize";
import { z } from "zod";
import { publicKeyId } from "./audit-keys";

/**
 * A checkpoint: "agency A's chain had keyless SHA-256 hash H at seq N", Ed25519-signed over its
 * canonical (RFC 8785) JSON. The hash is the plain chain hash, which anyone can recompute from the
 * events, so the public key alone proves that history up to N was not rewritten after signing.
 * `unkeyedUntil` (signed too) is the last seq written before the chain was keyed: only events up
 * to it may lack a MAC. Absent on checkpoints of keyed-from-the-start chains.
 */
const Payload = z
  .object({
    type: z.literal("audit-checkpoint/v1"),
    agencyId: z.uuid(),
    seq: z.number().int().positive(),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    signedAt: z.iso.datetime(),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    unkeyedUntil: z.number().int().positive().optional(),
  })
  .refine((p) => (p.unkeyedUntil ?? 0) <= p.seq, { message: "unkeyedUntil beyond seq" });
const Signed = z.object({ payload: Payload, signature: z.string().min(1) });

export type CheckpointPayload = z.infer<typeof Payload>;
export type SignedCheckpoint = z.infer<typeof Signed>;

export function signCheckpoint(
  privateKey: KeyObject,
  publicKey: KeyObject,
  at: { agencyId: string; seq: number; hash: string; unkeyedUntil?: number },
  now = new Date(),
): SignedCheckpoint {
  const payload: CheckpointPayload = {
    type: "audit-checkpoint/v1",
    agencyId: at.agencyId,
    seq: at.seq,
    hash: at.hash,
    signedAt: now.toISOString(),
    keyId: publicKeyId(publicKey),
    ...(at.unkeyedUntil ? { unkeyedUntil: at.unkeyedUntil } : {}),
  };
  return { payload, signature: sign(null, Buffer.from(canonicalize(payload)!), privateKey).toString("base64") };
}

export type CheckedCheckpoint = { ok: true; checkpoint: SignedCheckpoint } | { ok: false; reason: string };

/** Shape, agency and signature of one stored checkpoint, with nothing but the public key. */
export function checkCheckpoint(publicKey: KeyObject, agencyId: string, raw: unknown): CheckedCheckpoint {
  const parsed = Signed.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "a checkpoint is malformed" };
  const { payload, signature } = parsed.data;
  if (payload.agencyId !== agencyId)
    return { ok: false, reason: `the checkpoint of seq ${payload.seq} belongs to another agency` };
  const valid = verify(null, Buffer.from(canonicalize(payload)!), publicKey, Buffer.from(signature, "base64"));
  if (!valid)
    return {
      ok: false,
      reason: `the checkpoint of seq ${payload.seq} has a bad signature (key ${payload.keyId}; this key is ${publicKeyId(publicKey)})`,
    };
  return { ok: true, checkpoint: parsed.data };
}
