import { eq } from "drizzle-orm";
import { dkimVerify } from "mailauth/lib/dkim/verify";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { agencies } from "@/db/schema";
import { staffFor } from "@/db/testing/actor-for";
import { auditRows } from "@/db/testing/lookups";
import { startSmtpSink } from "@/db/testing/canary/smtp-sink";
import { resetConfigForTests } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { getMailBrand } from "./get-mail-brand";
import { setSenderAddress } from "./set-sender-address";
import { verifySenderAddress } from "./verify-sender-address";

// DNS is the outside world: each test says what the agency's DNS provider answers.
const dns = vi.hoisted(() => ({ txt: new Map<string, string[][]>() }));
vi.mock("node:dns/promises", async (importActual) => ({
  ...(await importActual<typeof import("node:dns/promises")>()),
  resolveTxt: async (name: string) => {
    const answer = dns.txt.get(name);
    if (!answer) throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: "ENOTFOUND" });
    return answer;
  },
}));

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetConfigForTests();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  resetConfigForTests();
  await sink.close();
});
beforeEach(() => dns.txt.clear());

const status = async (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e) => (e instanceof AppError ? e.status : e),
  );

describe("the agency's own sender address", () => {
  it("is refused on the platform's domain, when malformed, and to managers; nothing changes", async () => {
    const owner = await staffFor("owner@acme.test");
    const before = (await auditRows("sender_address_set")).length;
    const platform = `hello@${new URL(process.env.APP_URL ?? "http://localhost:3000").hostname}`;
    expect(await status(setSenderAddress(owner, { address: platform }))).toBe(422);
    expect(await status(setSenderAddress(owner, { address: "not an address" }))).toBe(422);
    expect(
      await status(setSenderAddress(await staffFor("manager@acme.test"), { address: "hi@acme-voice.example" })),
    ).toBe(403);
    expect((await auditRows("sender_address_set")).length).toBe(before);
  });

  it("mail keeps the platform address until SPF and DKIM are found; then it comes from the agency's address, DKIM-signed", async () => {
    const owner = await staffFor("owner@acme.test");
    const set = await setSenderAddress(owner, { address: "Hello@Acme-Voice.example" });
    expect(set).toMatchObject({ address: "hello@acme-voice.example", verified: false });
    const [spf, dkim] = set.records;
    expect(spf).toMatchObject({
      type: "TXT",
      name: "acme-voice.example",
      value: expect.stringMatching(/^v=spf1 include:\S+ ~all$/),
    });
    expect(dkim.name).toMatch(/^mail[0-9a-f]{6}\._domainkey\.acme-voice\.example$/);
    expect(JSON.stringify(set)).not.toContain("PRIVATE KEY");

    const db = await getDb();
    const brandBefore = await getMailBrand(db, owner.agencyId, "staff");
    expect(brandBefore.sender).toBeUndefined();

    // Only the SPF record so far: not verified, and nothing changes.
    dns.txt.set(spf.name, [[spf.value]]);
    expect(await verifySenderAddress(owner)).toMatchObject({ verified: false, found: { spf: true, dkim: false } });
    // DKIM too (a long TXT value arrives in 255-byte strings).
    dns.txt.set(dkim.name, [dkim.value.match(/.{1,255}/g)!]);
    expect(await verifySenderAddress(owner)).toMatchObject({ verified: true, found: { spf: true, dkim: true } });
    expect((await auditRows("sender_address_verified")).at(-1)).toMatchObject({
      details: { address: "hello@acme-voice.example" },
    });

    const brand = await getMailBrand(db, owner.agencyId, "staff");
    expect(brand.sender?.address).toBe("hello@acme-voice.example");
    await deliverMail(brand, "someone@example.test", {
      subject: "Signed",
      text: "Hello",
      html: "<p>Hello</p>",
      secret: null,
    });
    const mail = sink.mails.at(-1)!;
    expect(mail.raw).toMatch(/^From: .*<hello@acme-voice\.example>/m);
    const verified = await dkimVerify(mail.raw, {
      resolver: async (name: string) => {
        const answer = dns.txt.get(name);
        if (!answer) throw Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" });
        return answer;
      },
    });
    expect(verified.results.map((r) => [r.signingDomain, r.status.result])).toEqual([["acme-voice.example", "pass"]]);

    // A new address starts over: unverified, a new key, the platform address meanwhile.
    await setSenderAddress(owner, { address: "team@acme-voice.example" });
    expect((await getMailBrand(db, owner.agencyId, "staff")).sender).toBeUndefined();
    const [row] = await db.select().from(agencies).where(eq(agencies.id, owner.agencyId));
    expect(row.senderDkimPrivateKey).not.toContain("PRIVATE KEY");
  });
});
