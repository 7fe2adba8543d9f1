import { createHash } from "node:crypto";
import type { ClientActor } from "@/lib/authz/actor";
import type { PageVersions } from "@/lib/auth/load-actor";
import { dayKeyIn } from "@/lib/time-zones/zoned-day";

// Next answers a client-side navigation with an RSC payload chosen by these headers (its Vary):
// each combination is its own entry, beside the full document.
const VARIANT_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];

export type PageRequest = {
  host: string;
  /** Path and query string exactly as requested. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
};

/**
 * What decides the data a viewer of a client is shown: the client and its data version (any
 * write to its calls, agents, numbers, integrations, invoices or its own row raises it, migration
 * 0025), the capabilities the viewer's role and the client's toggles resolve to, the agent scope,
 * the time zone and today's date in it (ranges such as "last 30 days" end today). Two viewers with
 * the same scope see the same figures (every read verb decides by capability and agent scope).
 */
export function viewScope(actor: ClientActor, versions: PageVersions, now: Date): unknown[] {
  return [
    actor.agencyId,
    actor.clientId,
    versions.data,
    [...actor.resolved.capabilities].sort(),
    actor.resolved.agentScope.all ? "all" : [...actor.resolved.agentScope.agentIds].sort(),
    actor.timeZone,
    dayKeyIn(now, actor.timeZone),
  ];
}

/**
 * Everything that changes a rendered page: the view scope above; the agency's branding digest;
 * the role, toggles and whether client admins manage users (navigation and labels); the viewer's
 * own id, name and e-mail (the account menu and the greeting show them); and the request: host,
 * path and query, and the RSC variant headers. Hashed, so the map holds no personal data as keys.
 */
export function pageCacheKey(request: PageRequest, actor: ClientActor, versions: PageVersions, now: Date): string {
  const variant = VARIANT_HEADERS.map((name) => String(request.headers[name] ?? ""));
  const parts = [
    request.host.toLowerCase(),
    request.url,
    variant,
    versions.branding,
    ...viewScope(actor, versions, now),
    actor.role,
    Object.entries(actor.toggles).sort(),
    actor.clientAdminsManageUsers,
    actor.userId,
    actor.name,
    actor.email,
  ];
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}
