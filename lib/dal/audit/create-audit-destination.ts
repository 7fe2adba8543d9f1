import "server-only";
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { auditDestinations } from "@/db/schema";
import { DestinationRefused, resolveDestination } from "@/lib/audit/destination-address";
import { sealDestinationSecret } from "@/lib/audit/destination-secret";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { getConfig } from "@/lib/config";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { toDestinationDto } from "./destination-dto";

const MAX_DESTINATIONS = 5;

export const CreateAuditDestinationInput = z
  .object({
    kind: z.enum(["https_json", "splunk_hec"], { message: "must be https_json or splunk_hec" }),
    name: z.string().trim().min(1, "is required").max(80),
    url: z.url({ message: "must be a full URL" }).max(2000),
    secret: z.string().min(16, "must be at least 16 characters").max(500),
  })
  .strict();

/**
 * Adds a SIEM destination. HTTPS only, no credentials in the URL, and no private or loopback
 * address (checked again on every delivery) unless the deployment allows private webhooks.
 */
export async function createAuditDestination(actor: Actor, raw: unknown) {
  const staff = requireStaff(actor, "settings.manage");
  const input = parseInput(CreateAuditDestinationInput, raw);
  const url = new URL(input.url);
  const { allowPrivateWebhooks } = getConfig();
  if (url.protocol !== "https:" && !(allowPrivateWebhooks && url.protocol === "http:"))
    throw invalid("url: must start with https://");
  if (url.username || url.password)
    throw invalid("url: must not contain a user name or password; use the secret field");
  try {
    await resolveDestination(url, allowPrivateWebhooks);
  } catch (error) {
    if (error instanceof DestinationRefused) throw invalid(`url: refused — ${error.message}.`);
    throw error;
  }
  return withTenant(staff.agencyId, async (tx) => {
    const [{ n }] = await tx
      .select({ n: count() })
      .from(auditDestinations)
      .where(eq(auditDestinations.agencyId, staff.agencyId));
    if (Number(n) >= MAX_DESTINATIONS)
      throw invalid(`An agency can stream to at most ${MAX_DESTINATIONS} destinations.`);
    const id = randomUUID();
    const [row] = await tx
      .insert(auditDestinations)
      .values({
        id,
        agencyId: staff.agencyId,
        kind: input.kind,
        name: input.name,
        url: url.toString(),
        secretCiphertext: sealDestinationSecret(id, input.secret),
      })
      .returning();
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "audit_destination_created",
      target: { type: "audit_destination", id },
      // Origin and path only: a query string may carry a token.
      details: { after: { kind: input.kind, name: input.name, url: `${url.origin}${url.pathname}` } },
    });
    return toDestinationDto(row);
  });
}
