import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { toSenderDto, type SenderDto } from "./sender-dto";

/** The agency's own sender address, its state and the DNS records it needs (owners and admins). */
export async function getSender(actor: Actor): Promise<SenderDto> {
  const staff = requireStaff(actor, "settings.manage");
  return withTenant(staff.agencyId, async (db) => {
    const [row] = await db.select().from(agencies).where(eq(agencies.id, staff.agencyId));
    return toSenderDto(row);
  });
}
