import "server-only";
import { resolveTxt } from "node:dns/promises";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db/tenant";
import { agencies } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { notFound } from "@/lib/errors";
import { dkimRecordName, senderDomain, spfInclude, toSenderDto, type SenderDto } from "./sender-dto";

export type SenderCheck = SenderDto & { found: { spf: boolean; dkim: boolean } };

/**
 * Looks up the sender domain's SPF record and the DKIM key record, and confirms the address
 * when both are as shown: from then on the agency's mail comes from it, DKIM-signed. The DNS
 * answers come before the transaction, so no lock waits on the network (as verifyDomain).
 */
export async function verifySenderAddress(actor: Actor): Promise<SenderCheck> {
  const staff = requireStaff(actor, "settings.manage");
  const [current] = await withTenant(staff.agencyId, (db) =>
    db.select().from(agencies).where(eq(agencies.id, staff.agencyId)),
  );
  if (!current?.senderAddress || !current.senderDkimSelector || !current.senderDkimPublicKey)
    throw notFound("No sender address is set.");
  if (current.senderVerifiedAt) return { ...toSenderDto(current), found: { spf: true, dkim: true } };
  const domain = senderDomain(current.senderAddress);
  const [spfTxt, dkimTxt] = await Promise.all([txt(domain), txt(dkimRecordName(current.senderDkimSelector, domain))]);
  const found = {
    spf: spfTxt.some((r) => /^v=spf1\s/i.test(r) && r.toLowerCase().split(/\s+/).includes(`include:${spfInclude()}`)),
    dkim: dkimTxt.some((r) => r.replace(/\s+/g, "").includes(`p=${current.senderDkimPublicKey}`)),
  };
  if (!found.spf || !found.dkim) return { ...toSenderDto(current), found };
  return withTenant(staff.agencyId, async (tx) => {
    // Only the address that was checked: one changed meanwhile starts over.
    const [row] = await tx
      .update(agencies)
      .set({ senderVerifiedAt: new Date() })
      .where(
        and(
          eq(agencies.id, staff.agencyId),
          eq(agencies.senderAddress, current.senderAddress!),
          eq(agencies.senderDkimSelector, current.senderDkimSelector!),
        ),
      )
      .returning();
    if (!row) throw notFound("The sender address changed meanwhile; check again.");
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "sender_address_verified",
      target: { type: "agency", id: staff.agencyId },
      details: { address: row.senderAddress },
    });
    return { ...toSenderDto(row), found };
  });
}

// A TXT record comes in 255-byte strings: joined, as DNS means them.
async function txt(name: string): Promise<string[]> {
  return (await resolveTxt(name).catch(() => [] as string[][])).map((chunks) => chunks.join(""));
}
