import "server-only";
import { asc, count, desc, eq, min } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies, auditCheckpoints, auditDestinations, auditEvents, auditOutbox } from "@/db/schema";
import type { Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { toDestinationDto } from "./destination-dto";

/** Retention, the last purge and the SIEM destinations with their health and backlog. */
export async function getAuditSettings(actor: Actor) {
  const staff = requireStaff(actor, "settings.manage");
  return withTenant(staff.agencyId, async (db) => {
    const [agency] = await db
      .select({ retentionDays: agencies.auditRetentionDays })
      .from(agencies)
      .where(eq(agencies.id, staff.agencyId));
    if (!agency) throw notFound();
    const [[oldest], [checkpoint], destinations, backlog] = await Promise.all([
      db
        .select({ at: min(auditEvents.occurredAt) })
        .from(auditEvents)
        .where(eq(auditEvents.agencyId, staff.agencyId)),
      db
        .select()
        .from(auditCheckpoints)
        .where(eq(auditCheckpoints.agencyId, staff.agencyId))
        .orderBy(desc(auditCheckpoints.seq))
        .limit(1),
      db
        .select()
        .from(auditDestinations)
        .where(eq(auditDestinations.agencyId, staff.agencyId))
        .orderBy(asc(auditDestinations.createdAt)),
      db
        .select({ destinationId: auditOutbox.destinationId, pending: count() })
        .from(auditOutbox)
        .innerJoin(auditDestinations, eq(auditDestinations.id, auditOutbox.destinationId))
        .where(eq(auditDestinations.agencyId, staff.agencyId))
        .groupBy(auditOutbox.destinationId),
    ]);
    const pending = new Map(backlog.map((b) => [b.destinationId, Number(b.pending)]));
    return {
      retentionDays: agency.retentionDays,
      oldestEventAt: oldest?.at ? new Date(oldest.at).toISOString() : null,
      lastPurge: checkpoint
        ? {
            throughSeq: checkpoint.seq,
            purgedBefore: checkpoint.purgedBefore.toISOString(),
            at: checkpoint.createdAt.toISOString(),
          }
        : null,
      destinations: destinations.map((d) => toDestinationDto(d, pending.get(d.id) ?? 0)),
    };
  });
}

export type AuditSettingsDto = Awaited<ReturnType<typeof getAuditSettings>>;
