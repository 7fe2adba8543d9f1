import "server-only";
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

export const GENESIS_HASH = "0".repeat(64);

/** The fields the chain covers, in a canonical (RFC 8785) JSON form. */
export type ChainedFields = {
  agencyId: string;
  seq: number;
  occurredAt: string;
  action: string;
  actorType: string;
  actorId: string | null;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  clientId: string | null;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  sessionRef: string | null;
  details: Record<string, unknown>;
};

export function hashEvent(prevHash: string, fields: ChainedFields): string {
  return createHash("sha256")
    .update(prevHash)
    .update(canonicalize(fields) ?? "")
    .digest("hex");
}
