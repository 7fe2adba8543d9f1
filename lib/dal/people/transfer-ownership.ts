import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { users } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { staffAudience } from "./internal/staff-audience";
import { lockPerson } from "./internal/lock-person";

export const TransferOwnershipInput = z.object({ userId: z.uuid("userId is not valid") }).strict();

/** The owner makes a colleague owner and steps down to admin, in one transaction (SPEC §4). */
export async function transferOwnership(actor: Actor, raw: unknown) {
  const owner = requireStaff(actor, "ownership.transfer");
  const { userId } = parseInput(TransferOwnershipInput, raw);
  if (userId === owner.userId) throw invalid("Choose someone other than yourself.");
  const staff = staffAudience(owner);
  return withTenant(owner.agencyId, async (tx) => {
    const self = await lockPerson(tx, staff, owner.userId);
    const target = await lockPerson(tx, staff, userId);
    await tx
      .update(users)
      .set({ role: "owner" })
      .where(and(eq(users.agencyId, owner.agencyId), eq(users.id, target.id)));
    await tx
      .update(users)
      .set({ role: "admin" })
      .where(and(eq(users.agencyId, owner.agencyId), eq(users.id, self.id)));
    for (const [who, before, after] of [
      [target, target.role, "owner"],
      [self, self.role, "admin"],
    ] as const) {
      await emitAudit(tx, owner.agencyId, auditActorOf(owner), {
        action: "role_change",
        target: { type: "user", id: who.id },
        ...staff.auditScope({
          email: who.email,
          before: { role: before },
          after: { role: after },
          reason: "ownership_transfer",
        }),
      });
    }
    return {
      newOwner: staff.toDto({ ...target, role: "owner" }),
      previousOwner: staff.toDto({ ...self, role: "admin" }),
    };
  });
}
