"use server";

import { requireActor } from "@/lib/auth/current-actor";
import { runAction } from "@/lib/actions/run-action";
import { removeClientUser } from "@/lib/dal/client-users/remove-client-user";
import { signOutClientUser } from "@/lib/dal/client-users/sign-out-client-user";
import { updateClientUser } from "@/lib/dal/client-users/update-client-user";
import { setPortalAccess } from "@/lib/dal/clients/set-portal-access";
import { inviteClientUser } from "@/lib/dal/invitations/invite-client-user";
import { resendClientInvitation } from "@/lib/dal/invitations/resend-client-invitation";
import { revokeClientInvitation } from "@/lib/dal/invitations/revoke-client-invitation";

// One client's team, from the console (staff who may edit the client) or the portal (the
// client's admin with team.manage). Each action is a public endpoint: the verb re-checks all.

export async function inviteClientUserAction(clientId: string, input: unknown) {
  return runAction(async () => inviteClientUser(await requireActor(), clientId, input), "Invitation sent.");
}

export async function updateClientUserAction(clientId: string, userId: string, input: unknown) {
  return runAction(async () => updateClientUser(await requireActor(), clientId, userId, input), "User updated.");
}

export async function removeClientUserAction(clientId: string, userId: string) {
  return runAction(async () => removeClientUser(await requireActor(), clientId, userId), "User removed.");
}

export async function signOutClientUserAction(clientId: string, userId: string) {
  return runAction(async () => signOutClientUser(await requireActor(), clientId, userId), "Signed out everywhere.");
}

export async function resendClientInvitationAction(clientId: string, invitationId: string) {
  return runAction(async () => resendClientInvitation(await requireActor(), clientId, invitationId), "Invitation sent again.");
}

export async function revokeClientInvitationAction(clientId: string, invitationId: string) {
  return runAction(async () => revokeClientInvitation(await requireActor(), clientId, invitationId), "Invitation revoked.");
}

export async function setPortalAccessAction(clientId: string, portalAccess: "enabled" | "suspended") {
  return runAction(
    async () => setPortalAccess(await requireActor(), clientId, { portalAccess }),
    portalAccess === "suspended" ? "Portal suspended." : "Portal restored.",
  );
}
