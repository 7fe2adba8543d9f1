import { randomUUID } from "node:crypto";
import type { Random } from "@/db/seed/random";
import type { AuditAction } from "@/lib/audit/actions";
import { GENESIS_HASH, hashEvent, type ChainedFields } from "@/lib/audit/hash-event";
import { macEvent } from "@/lib/audit/mac-event";
import type { CopyValue } from "./copy-rows";
import { lowerBound } from "./seed-tenants";
import type { SeededClient, TenantModel } from "./tenant-model";

export const AUDIT_COLUMNS = [
  "id",
  "agency_id",
  "seq",
  "occurred_at",
  "action",
  "actor_type",
  "actor_id",
  "actor_email",
  "target_type",
  "target_id",
  "client_id",
  "outcome",
  "ip",
  "user_agent",
  "details",
  "prev_hash",
  "hash",
  "mac",
] as const;

// How often each kind of event happens in a busy agency: mostly people reading and playing calls.
const CLIENT_ACTIONS: [AuditAction, number][] = [
  ["transcript_view", 34],
  ["recording_play", 14],
  ["recording_download", 3],
  ["login_succeeded", 16],
  ["login_failed", 4],
  ["logout", 8],
  ["call_export", 2],
  ["call_review_change", 6],
  ["agent_update", 2],
  ["invoice_download", 1],
  ["access_denied", 0.5],
  ["invite_accepted", 1],
];
const STAFF_ACTIONS: [AuditAction, number][] = [
  ["client_permissions_change", 1],
  ["client_updated", 1],
  ["invite_sent", 2],
  ["role_change", 0.5],
  ["user_removed", 0.3],
  ["preview_as_client", 1],
  ["audit_export", 0.2],
  ["login_succeeded", 2],
  ["transcript_view", 2],
];
const ACTIONS: (readonly [{ action: AuditAction; staff: boolean }, number])[] = [
  ...CLIENT_ACTIONS.map(([action, w]) => [{ action, staff: false }, w] as const),
  ...STAFF_ACTIONS.map(([action, w]) => [{ action, staff: true }, w] as const),
];
const USER_AGENTS = [
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
  "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
];

export type ChainEnd = { lastSeq: number; lastHash: string };

/**
 * `total` events of one agency's chain, oldest first: seq 1…total without gaps, each hash over the
 * previous hash and the canonical fields, and each MAC under the audit key, exactly as
 * lib/audit/emit-audit.ts computes them, so the chain verifies and later appends continue it. The
 * agency's and its clients' creation come first.
 */
export function* generateAudit(
  random: Random,
  model: TenantModel,
  total: number,
  from: Date,
  to: Date,
  end: ChainEnd,
  macKey: string,
): Generator<CopyValue[]> {
  const withUsers = model.clients.filter((c) => c.users.length > 0);
  const cumulative: number[] = [];
  withUsers.reduce((sum, c, i) => (cumulative[i] = sum + c.weight + 1e-9), 0);
  const owner = model.staff[0];
  const step = (to.getTime() - from.getTime()) / Math.max(total, 1);
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= total; seq++) {
    const occurredAt = new Date(Math.floor(from.getTime() + (seq - 1) * step + random.next() * step));
    const fields: ChainedFields =
      seq === 1
        ? {
            ...base(model.agencyId, seq, occurredAt, "agency_created"),
            actorType: "system",
            targetType: "agency",
            targetId: model.agencyId,
          }
        : seq - 2 < model.clients.length
          ? {
              ...base(model.agencyId, seq, occurredAt, "client_created"),
              ...staffActor(random, owner),
              targetType: "client",
              targetId: model.clients[seq - 2].id,
              clientId: model.clients[seq - 2].id,
            }
          : randomEvent(random, model, withUsers, cumulative, seq, occurredAt);
    const hash = hashEvent(prevHash, fields);
    yield [
      randomUUID(),
      fields.agencyId,
      seq,
      occurredAt,
      fields.action,
      fields.actorType,
      fields.actorId,
      fields.actorEmail,
      fields.targetType,
      fields.targetId,
      fields.clientId,
      fields.outcome,
      fields.ip,
      fields.userAgent,
      fields.details,
      prevHash,
      hash,
      macEvent(macKey, hash),
    ];
    prevHash = hash;
    end.lastSeq = seq;
    end.lastHash = hash;
  }
}

function base(agencyId: string, seq: number, occurredAt: Date, action: AuditAction): ChainedFields {
  return {
    agencyId,
    seq,
    occurredAt: occurredAt.toISOString(),
    action,
    actorType: "user",
    actorId: null,
    actorEmail: null,
    targetType: null,
    targetId: null,
    clientId: null,
    outcome: "success",
    ip: null,
    userAgent: null,
    sessionRef: null,
    details: {},
  };
}

function staffActor(random: Random, person: { id: string; email: string }) {
  return {
    actorId: person.id,
    actorEmail: person.email,
    ip: `198.51.100.${random.int(1, 254)}`,
    userAgent: random.pick(USER_AGENTS),
  };
}

function randomEvent(
  random: Random,
  model: TenantModel,
  withUsers: SeededClient[],
  cumulative: number[],
  seq: number,
  occurredAt: Date,
): ChainedFields {
  const { action, staff } = random.weighted(ACTIONS);
  const client =
    withUsers.length > 0 ? withUsers[lowerBound(cumulative, random.next() * cumulative.at(-1)!)] : model.clients[0];
  const event = base(model.agencyId, seq, occurredAt, action);
  event.clientId = client.id;
  if (staff || client.users.length === 0) {
    Object.assign(event, staffActor(random, random.pick(model.staff)));
  } else {
    const user = random.pick(client.users);
    Object.assign(event, {
      actorId: user.id,
      actorEmail: user.email,
      ip: `203.0.113.${random.int(1, 254)}`,
      userAgent: random.pick(USER_AGENTS),
    });
  }
  const callId = () => (client.sampleCallIds.length > 0 ? random.pick(client.sampleCallIds) : randomUUID());
  switch (action) {
    case "transcript_view":
    case "recording_play":
    case "recording_download":
    case "call_review_change":
      Object.assign(event, { targetType: "call", targetId: callId() });
      if (action === "call_review_change")
        event.details = { from: "new", to: random.pick(["reviewed", "follow_up", "done"]) };
      break;
    case "login_succeeded":
    case "logout":
    case "invite_accepted":
      Object.assign(event, { targetType: "user", targetId: event.actorId });
      break;
    case "login_failed":
      Object.assign(event, {
        targetType: "user",
        targetId: event.actorId,
        outcome: "failure",
        details: { email: event.actorEmail, reason: "invalid_credentials" },
      });
      break;
    case "access_denied":
      Object.assign(event, { targetType: "page", targetId: "/billing", outcome: "denied" });
      break;
    case "call_export":
      Object.assign(event, {
        targetType: "client",
        targetId: client.id,
        details: { filters: {}, rowCount: random.int(20, 5000), format: "csv" },
      });
      break;
    case "agent_update":
      Object.assign(event, {
        targetType: "agent",
        targetId: random.pick(client.agents).id,
        details: { greeting: { before: "Hello!", after: `Thanks for calling ${client.name}!` } },
      });
      break;
    case "audit_export":
      Object.assign(event, {
        targetType: "audit_log",
        targetId: model.agencyId,
        clientId: null,
        details: { format: "jsonl", filters: {} },
      });
      break;
    case "client_permissions_change":
      Object.assign(event, {
        targetType: "client",
        targetId: client.id,
        details: { before: { view_analytics: false }, after: { view_analytics: true } },
      });
      break;
    default:
      Object.assign(event, { targetType: "client", targetId: client.id });
  }
  return event;
}
