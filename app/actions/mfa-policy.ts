"use server";

import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { resetPersonMfa } from "@/lib/dal/mfa/reset-person-mfa";
import { setClientMfaPolicy, setStaffMfaPolicy } from "@/lib/dal/mfa/set-mfa-policy";
import type { Team } from "@/lib/dal/people/team";

export async function setStaffMfaPolicyAction(requireMfa: boolean) {
  return runAction(async () => setStaffMfaPolicy(await requireActor(), { requireMfa }), "Saved.");
}

export async function setClientMfaPolicyAction(clientId: string, requireMfa: boolean) {
  return runAction(
    async () => setClientMfaPolicy(await requireActor(), String(clientId ?? ""), { requireMfa }),
    "Saved.",
  );
}

export async function resetPersonMfaAction(team: Team, userId: string) {
  return runAction(
    async () => resetPersonMfa(await requireActor(), team, String(userId ?? "")),
    "Two-step sign-in reset.",
  );
}
