import "server-only";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db/tenant";
import { agencies } from "@/db/schema";
import { emitAudit } from "@/lib/audit/emit-audit";
import { auditActorOf, type Actor } from "@/lib/authz/actor";
import { requireStaff } from "@/lib/authz/guards";
import { getConfig } from "@/lib/config";
import { secretBox } from "@/lib/crypto/secret-box";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { dkimKeyBinding, senderDomain, spfInclude, toSenderDto, type SenderDto } from "./sender-dto";

const SenderInput = z
  .object({ address: z.union([z.literal(""), z.email("Enter an email address.").max(254)]) })
  .strict();

/**
 * Sets (or, with "", clears) the address the agency's mail comes from. A new address starts
 * unverified with a fresh DKIM key: mail keeps the platform sender until verifySenderAddress
 * finds the SPF and DKIM records in the domain's DNS, so nobody sends as a domain they do not
 * control. The platform's own mail domain is refused: it is not the agency's.
 */
export async function setSenderAddress(actor: Actor, raw: unknown): Promise<SenderDto> {
  const staff = requireStaff(actor, "settings.manage");
  const address = parseInput(SenderInput, raw).address.trim().toLowerCase();
  const config = getConfig();
  if (address) {
    const domain = senderDomain(address);
    const platform = [spfInclude(), config.appHost.replace(/:\d+$/, ""), config.portalRootDomain.replace(/:\d+$/, "")];
    if (platform.some((host) => domain === host || domain.endsWith(`.${host}`)) || !domain.includes(".")) {
      throw invalid("Use an address on a domain your agency controls.", { field: "address" });
    }
  }
  const key = address ? newDkimKey(staff.agencyId) : null;
  return withTenant(staff.agencyId, async (tx) => {
    const [before] = await tx
      .select({ address: agencies.senderAddress })
      .from(agencies)
      .where(eq(agencies.id, staff.agencyId))
      .for("update");
    const [row] = await tx
      .update(agencies)
      .set({
        senderAddress: address || null,
        senderDkimSelector: key?.selector ?? null,
        senderDkimPublicKey: key?.publicKey ?? null,
        senderDkimPrivateKey: key?.sealedPrivateKey ?? null,
        senderVerifiedAt: null,
      })
      .where(eq(agencies.id, staff.agencyId))
      .returning();
    await emitAudit(tx, staff.agencyId, auditActorOf(staff), {
      action: "sender_address_set",
      target: { type: "agency", id: staff.agencyId },
      details: { before: before?.address ?? null, after: address || null },
    });
    return toSenderDto(row);
  });
}

// RSA 2048, what every mailbox provider verifies; the private key is sealed to this agency.
function newDkimKey(agencyId: string) {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const der = publicKey.export({ type: "spki", format: "der" }).toString("base64");
  const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  return {
    selector: `mail${randomBytes(3).toString("hex")}`,
    publicKey: der,
    sealedPrivateKey: secretBox().seal(pem, dkimKeyBinding(agencyId)),
  };
}
