"use server";

import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { addDomain } from "@/lib/dal/agencies/add-domain";
import { removeDomain } from "@/lib/dal/agencies/remove-domain";
import { setSenderAddress } from "@/lib/dal/agencies/set-sender-address";
import { verifySenderAddress } from "@/lib/dal/agencies/verify-sender-address";
import { verifyDomain } from "@/lib/dal/agencies/verify-domain";

export async function addDomainAction(domain: string) {
  return runAction(async () => addDomain(await requireActor(), { domain }));
}

export async function removeDomainAction(id: string) {
  return runAction(async () => removeDomain(await requireActor(), id));
}

export async function verifyDomainAction(id: string) {
  return runAction(async () => verifyDomain(await requireActor(), id));
}

export async function setSenderAddressAction(address: string) {
  return runAction(async () => setSenderAddress(await requireActor(), { address }));
}

export async function verifySenderAddressAction() {
  return runAction(async () => verifySenderAddress(await requireActor()));
}
