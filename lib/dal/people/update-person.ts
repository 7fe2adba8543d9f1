import "server-only";
import { and, eq } from "drizzle-orm";
import { textArray } from "@/db/rows";
import { withTenant } from "@/db/tenant";
import { users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { parseInput } from "@/lib/validation";
import { updateInput } from "./inputs";
import { lockPerson } from "./internal/lock-person";
import { requireTeam, type DtoOf } from "./require-team";
import type { Team } from "./team";

/**
 * Changes a person's role and/or assignments (SPEC §4, §5): nobody grants above their own role,
 * admins cannot touch owners or admins, the last owner stays an owner, a client admin cannot
 * change itself. No session ends: the actor is re-read on every request, so the person's very
 * next request already carries the new rights.
 */
export async function updatePerson<T extends Team>(
  actor: Actor,
  team: T,
  userId: string,
  raw: unknown,
): Promise<DtoOf<T>> {
  const audience = requireTeam(actor, team, "manage");
  const input = parseInput(updateInput(audience), raw);
  audience.assertNotSelf(userId, "change");
  if (input.role) audience.assertMayGrant(input.role);
  const { agencyId, assignment } = audience;
  return withTenant(agencyId, async (tx) => {
    const before = await lockPerson(tx, audience, userId);
    const beforeIds = textArray(before.assignedIds);
    await audience.assertKeepsOwner(tx, before, input.role ?? before.role);
    if (input.ids) await audience.assertAssignable(tx, input.ids);
    if (input.role && input.role !== before.role) {
      await tx
        .update(users)
        .set({ role: input.role })
        .where(and(eq(users.agencyId, agencyId), eq(users.id, userId)));
    }
    if (input.ids) await audience.replaceAssignments(tx, userId, input.ids);
    const role = input.role ?? before.role;
    const assignedIds = [...(input.ids ?? beforeIds)].sort();
    await emitAudit(tx, agencyId, auditActorOf(actor), {
      action: "role_change",
      target: { type: "user", id: userId },
      ...audience.auditScope({
        email: before.email,
        before: { role: before.role, [assignment]: beforeIds },
        after: { role, [assignment]: assignedIds },
      }),
    });
    return audience.toDto({ ...before, role, assignedIds });
  });
}
