import "server-only";
import { notFound, redirect } from "next/navigation";
import type { StaffActor } from "@/lib/authz/actor";
import type { StaffCapability } from "@/lib/authz/staff-roles";
import { getActor } from "./current-actor";

/** Every console page starts here: staff only; a missing agency-wide capability is a 404 page. */
export async function requireStaffActor(capability?: StaffCapability): Promise<StaffActor> {
  const actor = await getActor();
  if (!actor || actor.kind !== "agency") redirect("/login");
  if (capability && !actor.resolved.capabilities.has(capability)) notFound();
  return actor;
}
