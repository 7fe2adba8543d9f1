import { randomBytes } from "node:crypto";
import type { Tx } from "@/db/client";
import { scimDirectories, scimGroupMappings, scimGroupMembers, scimGroups, scimRequests, scimUsers } from "@/db/schema";
import { hashLinkToken } from "@/lib/auth/tokens";
import { canary, type ClientTag } from "./canaries";

/** A client's SCIM directory with one provisioned user, one mapped group and one logged request, all canaried. */
export async function plantScim(
  tx: Tx,
  agencyId: string,
  tag: ClientTag,
  clientId: string,
  userId: string,
  agentId: string,
) {
  const [dir] = await tx
    .insert(scimDirectories)
    .values({ agencyId, clientId, tokenHash: hashLinkToken(randomBytes(32).toString("base64url")) })
    .returning({ id: scimDirectories.id });
  await tx.insert(scimUsers).values({
    userId,
    agencyId,
    directoryId: dir.id,
    userName: canary(tag, "scim_users.user_name"),
    externalId: canary(tag, "scim_users.external_id"),
    attributes: { name: { givenName: canary(tag, "scim_users.attributes") } },
  });
  const [group] = await tx
    .insert(scimGroups)
    .values({
      agencyId,
      directoryId: dir.id,
      displayName: canary(tag, "scim_groups.display_name"),
      externalId: canary(tag, "scim_groups.external_id"),
    })
    .returning({ id: scimGroups.id });
  await tx.insert(scimGroupMembers).values({ groupId: group.id, userId, agencyId });
  await tx.insert(scimGroupMappings).values({ groupId: group.id, agencyId, role: "admin", agentIds: [agentId] });
  await tx.insert(scimRequests).values({
    agencyId,
    directoryId: dir.id,
    method: "GET",
    path: `/api/scim/v2/Users/${canary(tag, "scim_requests.path")}`,
    status: 404,
    outcome: "rejected",
  });
}
