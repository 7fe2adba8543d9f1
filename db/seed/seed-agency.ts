import "server-only";
import { eq } from "drizzle-orm";
import { agencies, staffClientAssignments, users } from "@/db/schema";
import type { Tx } from "@/db/client";
import { emitAudit, type AuditActor } from "@/lib/audit/emit-audit";
import { writeBrandFile } from "@/lib/branding/brand-files";
import { initialsLogoSvg } from "@/lib/branding/initials-logo";
import type { DemoAgency } from "./demo-types";
import { seedClient } from "./seed-client";
import { daysBefore, type SeedContext } from "./seed-context";

const SYSTEM: AuditActor = { type: "system", id: null, email: null, ip: null, userAgent: null };

/** One agency: its row, the first link of its audit chain, its clients, its staff and their assignments. */
export async function seedAgency(tx: Tx, ctx: SeedContext, agency: DemoAgency): Promise<void> {
  const [{ id: agencyId }] = await tx
    .insert(agencies)
    .values({
      slug: agency.slug,
      name: agency.name,
      primaryColor: agency.primaryColor,
      supportEmail: agency.supportEmail,
      senderName: agency.senderName,
      defaultPermissions: agency.defaults,
      createdAt: daysBefore(ctx, 120),
    })
    .returning({ id: agencies.id });
  await emitAudit(tx, agencyId, SYSTEM, { action: "agency_created", target: { type: "agency", id: agencyId } });
  await seedBrandMarks(tx, agencyId, agency);

  const clientIdByName = new Map<string, string>();
  for (const [clientIndex, client] of agency.clients.entries()) {
    const { clientId } = await seedClient(tx, ctx, { agencyId, agency, client, clientIndex });
    clientIdByName.set(client.name, clientId);
  }

  const staffRows = await tx
    .insert(users)
    .values(
      agency.staff.map((s) => ({
        agencyId,
        kind: "agency" as const,
        clientId: null,
        email: s.email,
        name: s.name,
        role: s.role,
        passwordHash: ctx.passwordHash,
        createdAt: daysBefore(ctx, 120),
      })),
    )
    .returning({ id: users.id, email: users.email });
  const staffIdByEmail = new Map(staffRows.map((r) => [r.email, r.id]));
  const assignments = agency.staff.flatMap((s) =>
    (s.clientNames ?? []).map((name) => {
      const clientId = clientIdByName.get(name);
      if (!clientId) throw new Error(`Demo staff ${s.email} is assigned unknown client "${name}"`);
      return { userId: staffIdByEmail.get(s.email)!, clientId };
    }),
  );
  if (assignments.length > 0) await tx.insert(staffClientAssignments).values(assignments);
}

/**
 * A newcomer should see branding at work: each demo agency gets its initials on its brand colour
 * as logo and favicon, stored exactly where an upload would be, so replacing it is an ordinary upload.
 */
async function seedBrandMarks(tx: Tx, agencyId: string, agency: DemoAgency): Promise<void> {
  const svg = new TextEncoder().encode(initialsLogoSvg(agency.name, agency.primaryColor));
  const logo = await writeBrandFile(agencyId, "logo", svg, "svg");
  const favicon = await writeBrandFile(agencyId, "favicon", svg, "svg");
  await tx.update(agencies).set({ logoPath: logo.name, faviconPath: favicon.name }).where(eq(agencies.id, agencyId));
}
