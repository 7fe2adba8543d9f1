import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { requireClientTeam, requireStaff } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import type { Audience, Need } from "./audience";
import { clientAudience } from "./internal/client-audience";
import { staffAudience } from "./internal/staff-audience";
import type { ClientUserDto, StaffDto } from "./person-dto";
import type { Team } from "./team";

export type DtoOf<T extends Team> = T extends { kind: "staff" } ? StaffDto : ClientUserDto;

// SPEC §4 and §5: every staff member sees the team, owners and admins see its invitations and
// change it; a client's team is seen by staff who see the client and changed by staff who may
// edit it, or by the client's own admin (team.manage, never in a preview).
const STAFF_NEEDS = { read: "staff.read", invitations: "staff.manage", manage: "staff.manage" } as const;

/** Checks the actor's access to the team for this need (404 / 403) and answers with the team's audience. */
export function requireTeam<T extends Team>(actor: Actor, team: T, need: Need): Audience<DtoOf<T>> {
  // A server action hands the team over from the browser: anything but a team is no team.
  if (team?.kind === "staff") return staffAudience(requireStaff(actor, STAFF_NEEDS[need])) as Audience<DtoOf<T>>;
  if (team?.kind !== "client" || typeof team.clientId !== "string") throw notFound();
  requireClientTeam(actor, team.clientId, { write: need === "manage" });
  return clientAudience(actor, team.clientId) as Audience<DtoOf<T>>;
}
