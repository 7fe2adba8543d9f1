import { forbidden, notFound } from "@/lib/errors";
import type { Actor, ClientActor, StaffActor } from "./actor";
import type { ClientCapability } from "./client-roles";
import { scopeIncludes } from "./resolve";
import type { StaffCapability } from "./staff-roles";
import { isUuid } from "@/lib/uuid";

/** Agency-wide staff capability. A client user calling a staff verb is told nothing exists. */
export function requireStaff(actor: Actor, cap: StaffCapability): StaffActor {
  if (actor.kind !== "agency") throw notFound();
  if (!actor.resolved.capabilities.has(cap)) throw forbidden();
  return actor;
}

/**
 * A staff capability on one client. Outside the read scope the client does not exist (404);
 * inside it but without the right, 403.
 */
export function requireStaffOnClient(actor: Actor, clientId: string, cap: "client.read" | "client.edit"): StaffActor {
  if (actor.kind !== "agency" || !scopeIncludes(actor.resolved.readScope, clientId)) throw notFound("Client not found");
  if (!actor.resolved.capabilities.has(cap)) throw forbidden();
  if (cap === "client.edit" && !scopeIncludes(actor.resolved.editScope, clientId)) throw forbidden();
  return actor;
}

// Capabilities that change something: a staff preview of the portal may look, never do.
const WRITE_CAPABILITIES: ReadonlySet<ClientCapability> = new Set([
  "agents.update",
  "calls.review",
  "calls.delete",
  "integrations.manage",
  "team.manage",
  "settings.manage",
]);

/** A client-user capability (SPEC §5). In a preview, write capabilities are refused here. */
export function requireClient(actor: Actor, cap: ClientCapability, opts: { write?: boolean } = {}): ClientActor {
  if (actor.kind !== "client") throw notFound();
  if (!actor.resolved.capabilities.has(cap)) throw forbidden();
  if (actor.preview && (opts.write || WRITE_CAPABILITIES.has(cap))) throw forbidden("Preview is read-only.");
  return actor;
}

export function canEditClient(actor: Actor, clientId: string): boolean {
  return (
    actor.kind === "agency" &&
    actor.resolved.capabilities.has("client.edit") &&
    scopeIncludes(actor.resolved.editScope, clientId)
  );
}

/**
 * Managing one client's users (SPEC §4, §5): staff who may see the client may read them and
 * staff who may edit it may change them; the client's own admin may do both for its own client
 * when the agency allows it (team.manage). Another client's users do not exist (404).
 */
export function requireClientTeam(actor: Actor, clientId: string, opts: { write?: boolean } = {}): Actor {
  if (!isUuid(clientId)) throw notFound("Client not found");
  if (actor.kind === "agency") return requireStaffOnClient(actor, clientId, opts.write ? "client.edit" : "client.read");
  if (actor.clientId !== clientId) throw notFound("Client not found");
  return requireClient(actor, "team.manage", opts);
}

/**
 * The signed-in person acting on their own account (second factors): never an API key, and never
 * staff previewing a portal, who are not the person shown.
 */
export function requireSelf(actor: Actor): Actor {
  if (actor.apiKey) throw forbidden("An API key cannot change a person's sign-in.");
  if (actor.kind === "client" && actor.preview) throw forbidden("Preview is read-only.");
  return actor;
}
