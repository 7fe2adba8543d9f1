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
 * Everything that changes what a viewer is shown, and nothing else:
 * - the tenant: agency, its branding digest, client, and the client's data version (any write to
 *   its calls, agents, numbers, integrations, invoices or its own row raises it, migration 0025);
 * - what the viewer may see: role, the client's toggles, the capabilities they resolve to, the
 *   agent scope, whether client admins manage users;
 * - the viewer's own name, e-mail and id (the account menu and the greeting show them);
 * - the day in the client's time zone (ranges such as "last 30 days" end today);
 * - the request: host, path and query, and the RSC variant headers.
 * Hashed, so the map holds no personal data as keys.
 */
export function pageCacheKey(request: PageRequest, actor: ClientActor, versions: PageVersions, now: Date): string {
  const variant = VARIANT_HEADERS.map((name) => String(request.headers[name] ?? ""));
  const parts = [
    request.host.toLowerCase(),
    request.url,
    variant,
    actor.agencyId,
    versions.branding,
    actor.clientId,
    versions.data,
    actor.role,
    Object.entries(actor.toggles).sort(),
    [...actor.resolved.capabilities].sort(),
    actor.resolved.agentScope.all ? "all" : [...actor.resolved.agentScope.agentIds].sort(),
    actor.clientAdminsManageUsers,
    actor.timeZone,
    dayKeyIn(now, actor.timeZone),
    actor.userId,
    actor.name,
    actor.email,
  ];
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}
