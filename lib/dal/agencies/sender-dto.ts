import "server-only";
import type { agencies } from "@/db/schema";
import { getConfig } from "@/lib/config";

type AgencyRow = typeof agencies.$inferSelect;

export type SenderRecord = { type: "TXT"; name: string; value: string };

export type SenderDto = {
  /** The agency's own From address, or null: mail then goes from the platform sender. */
  address: string | null;
  verified: boolean;
  verifiedAt: string | null;
  /** The platform address mail uses until the agency's is verified (with its display name). */
  fallbackAddress: string;
  /** What the agency adds at its DNS provider: SPF on the domain, the DKIM public key. */
  records: SenderRecord[];
};

/** The host whose SPF record lists the servers that send for us: MAIL_FROM's domain. */
export function spfInclude(): string {
  return getConfig().mailFrom.split("@").pop()!.toLowerCase();
}

export function dkimRecordName(selector: string, domain: string): string {
  return `${selector}._domainkey.${domain}`;
}

/** What the sealed DKIM key is bound to: opening it needs this agency, and this use. */
export function dkimKeyBinding(agencyId: string): string {
  return `dkim:${agencyId}`;
}

export function senderDomain(address: string): string {
  return address.split("@").pop()!.toLowerCase();
}

export function toSenderDto(row: AgencyRow): SenderDto {
  const address = row.senderAddress;
  const records: SenderRecord[] = [];
  if (address && row.senderDkimSelector && row.senderDkimPublicKey) {
    const domain = senderDomain(address);
    records.push({ type: "TXT", name: domain, value: `v=spf1 include:${spfInclude()} ~all` });
    records.push({
      type: "TXT",
      name: dkimRecordName(row.senderDkimSelector, domain),
      value: `v=DKIM1; k=rsa; p=${row.senderDkimPublicKey}`,
    });
  }
  return {
    address,
    verified: Boolean(address && row.senderVerifiedAt),
    verifiedAt: row.senderVerifiedAt?.toISOString() ?? null,
    fallbackAddress: getConfig().mailFrom,
    records,
  };
}
