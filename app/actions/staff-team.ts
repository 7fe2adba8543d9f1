"use server";

import { requireActor } from "@/lib/auth/current-actor";
import { runAction } from "@/lib/actions/run-action";
import { inviteStaffMember } from "@/lib/dal/invitations/invite-staff-member";
import { resendStaffInvitation } from "@/lib/dal/invitations/resend-staff-invitation";
import { revokeStaffInvitation } from "@/lib/dal/invitations/revoke-staff-invitation";
import { removeStaffMember } from "@/lib/dal/staff/remove-staff-member";
import { signOutStaffMember } from "@/lib/dal/staff/sign-out-staff-member";
import { transferOwnership } from "@/lib/dal/staff/transfer-ownership";
import { updateStaffMember } from "@/lib/dal/staff/update-staff-member";

export async function inviteStaffAction(input: unknown) {
  return runAction(async () => inviteStaffMember(await requireActor(), input), "Invitation sent.");
}

export async function updateStaffAction(userId: string, input: unknown) {
  return runAction(async () => updateStaffMember(await requireActor(), userId, input), "Team member updated.");
}

export async function removeStaffAction(userId: string) {
  return runAction(async () => removeStaffMember(await requireActor(), userId), "Team member removed.");
}

export async function signOutStaffAction(userId: string) {
  return runAction(async () => signOutStaffMember(await requireActor(), userId), "Signed out everywhere.");
}

export async function resendStaffInvitationAction(invitationId: string) {
  return runAction(async () => resendStaffInvitation(await requireActor(), invitationId), "Invitation sent again.");
}

export async function revokeStaffInvitationAction(invitationId: string) {
  return runAction(async () => revokeStaffInvitation(await requireActor(), invitationId), "Invitation revoked.");
}

export async function transferOwnershipAction(userId: string) {
  return runAction(async () => transferOwnership(await requireActor(), { userId }), "Ownership transferred. You are now an admin.");
}
