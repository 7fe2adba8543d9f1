"use server";

import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { createScimDirectory } from "@/lib/dal/scim-directories/create-scim-directory";
import { deleteScimDirectory } from "@/lib/dal/scim-directories/delete-scim-directory";
import { rotateScimToken } from "@/lib/dal/scim-directories/rotate-scim-token";
import { setScimGroupMapping } from "@/lib/dal/scim-directories/set-group-mapping";

export async function createScimDirectoryAction(clientId: string | null) {
  return runAction(async () => createScimDirectory(await requireActor(), clientId ? { clientId } : {}));
}

export async function rotateScimTokenAction(id: string) {
  return runAction(async () => rotateScimToken(await requireActor(), id));
}

export async function deleteScimDirectoryAction(id: string) {
  return runAction(async () => deleteScimDirectory(await requireActor(), id));
}

export async function setScimGroupMappingAction(
  id: string,
  groupId: string,
  role: string | null,
  agentIds: string[] = [],
) {
  return runAction(async () => setScimGroupMapping(await requireActor(), id, groupId, { role, agentIds }));
}
