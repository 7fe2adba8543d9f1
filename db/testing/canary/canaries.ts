import { randomBytes } from "node:crypto";

/**
 * Canary strings for the tenant sweep. Every planted value carries its owner's tag — an agency
 * ("A", "B") or one of its clients ("A1", "A2", "B1", "B2") — so any text a tenant is shown can be
 * searched for the other tenants' tags: one hit is a leak. A run suffix keeps them unique.
 */
export const AGENCY_TAGS = ["A", "B"] as const;
export type AgencyTag = (typeof AGENCY_TAGS)[number];
export type ClientTag = `${AgencyTag}${1 | 2}`;
export type TenantTag = AgencyTag | ClientTag;

export const clientTagsOf = (agency: AgencyTag): [ClientTag, ClientTag] => [`${agency}1`, `${agency}2`];
export const agencyOf = (tag: TenantTag): AgencyTag => tag[0] as AgencyTag;
export const ALL_TAGS: TenantTag[] = AGENCY_TAGS.flatMap((a) => [a, ...clientTagsOf(a)]);

const RUN = randomBytes(4).toString("hex");

/** `CANARY-A1-calls.summary-3f9a…`: readable in a failure message, unique to this run. */
export function canary(tag: TenantTag, label: string): string {
  return `CANARY-${tag}-${label}-${RUN}`;
}

/** The same in the character set of slugs, host names and email local parts. */
export function lowerCanary(tag: TenantTag, label: string): string {
  return canary(tag, label)
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-");
}

export const canaryEmail = (tag: TenantTag, label: string) =>
  `${lowerCanary(tag, label)}@${lowerCanary(tag, "mail")}.test`;

/** Matches any canary of a tag, in any case ("canary-a-" never matches "canary-a1-"). */
export function tagPattern(tags: readonly TenantTag[]): RegExp {
  return new RegExp(`canary-(${tags.join("|")})-[a-z0-9._-]*`, "gi");
}

/**
 * Which tenants an actor must never see: the other agency and all of its clients, and — for a
 * client user or a staff member limited to some clients — the clients outside its reach.
 */
export function forbiddenTags(agency: AgencyTag, visibleClients: readonly ClientTag[]): TenantTag[] {
  const other = AGENCY_TAGS.find((a) => a !== agency)!;
  return [other, ...clientTagsOf(other), ...clientTagsOf(agency).filter((c) => !visibleClients.includes(c))];
}
