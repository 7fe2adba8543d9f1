import "server-only";
import { notFound, redirect } from "next/navigation";
import type { ClientActor } from "@/lib/authz/actor";
import type { ClientCapability } from "@/lib/authz/client-roles";
import { getActorResult } from "./current-actor";

/**
 * Every portal page starts here. Signed out (or removed, or session revoked) → sign-in;
 * suspended → sign-in with the "contact your agency" notice; a section the viewer may not
 * use → 404, exactly as if it did not exist.
 */
export async function requirePortalActor(capability?: ClientCapability): Promise<ClientActor> {
  const result = await getActorResult();
  if (!result.ok) redirect(result.reason === "suspended" ? "/login?reason=suspended" : "/login");
  const actor = result.actor;
  if (actor.kind !== "client") redirect("/login");
  if (capability && !actor.resolved.capabilities.has(capability)) notFound();
  return actor;
}
