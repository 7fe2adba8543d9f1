import "server-only";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { toBrandingDto, type BrandingDto } from "./branding-dto";

/** The agency's branding as the settings form edits it (owners and admins). */
export async function getBranding(actor: Actor): Promise<BrandingDto> {
  const staff = requireStaff(actor, "settings.manage");
  return withTenant(staff.agencyId, async (db) => {
    const [row] = await db.select().from(agencies).where(eq(agencies.id, staff.agencyId));
    if (!row) throw notFound();
    return toBrandingDto(row);
  });
}
