"use server";

import { requireActor } from "@/lib/auth/current-actor";
import { runAction } from "@/lib/actions/run-action";
import { invitePerson } from "@/lib/dal/people/invite-person";
import { removePerson } from "@/lib/dal/people/remove-person";
import { resendInvitation } from "@/lib/dal/people/resend-invitation";
import { revokeInvitation } from "@/lib/dal/people/revoke-invitation";
import { setPortalAccess } from "@/lib/dal/people/set-portal-access";
import { signOutPerson } from "@/lib/dal/people/sign-out-person";
import type { Team } from "@/lib/dal/people/team";
import { transferOwnership } from "@/lib/dal/people/transfer-ownership";
import { updatePerson } from "@/lib/dal/people/update-person";

// The people of a team: the agency's staff (from the console) or one client's users (from the
// console, by staff who may edit the client, or from the portal, by the client's admin with
// team.manage). Each action is a public endpoint and `team` comes from the browser: the verb
// re-checks everything (lib/dal/people/require-team.ts).

const noun = (team: Team) => (team?.kind === "staff" ? "Team member" : "User");

export async function invitePersonAction(team: Team, input: unknown) {
  return runAction(async () => invitePerson(await requireActor(), team, input), "Invitation sent.");
}

export async function updatePersonAction(team: Team, userId: string, input: unknown) {
  return runAction(async () => updatePerson(await requireActor(), team, userId, input), `${noun(team)} updated.`);
}

export async function removePersonAction(team: Team, userId: string) {
  return runAction(async () => removePerson(await requireActor(), team, userId), `${noun(team)} removed.`);
}

export async function signOutPersonAction(team: Team, userId: string) {
  return runAction(async () => signOutPerson(await requireActor(), team, userId), "Signed out everywhere.");
}

export async function resendInvitationAction(team: Team, invitationId: string) {
  return runAction(async () => resendInvitation(await requireActor(), team, invitationId), "Invitation sent again.");
}

export async function revokeInvitationAction(team: Team, invitationId: string) {
  return runAction(async () => revokeInvitation(await requireActor(), team, invitationId), "Invitation revoked.");
}

export async function transferOwnershipAction(userId: string) {
  return runAction(
    async () => transferOwnership(await requireActor(), { userId }),
    "Ownership transferred. You are now an admin.",
  );
}

/** Suspends or restores one client's portal: its users are refused on their next request. */
export async function setPortalAccessAction(clientId: string, portalAccess: "enabled" | "suspended") {
  return runAction(
    async () => setPortalAccess(await requireActor(), clientId, { portalAccess }),
    portalAccess === "suspended" ? "Portal suspended." : "Portal restored.",
  );
}
