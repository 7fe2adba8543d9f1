import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { agencyDomains } from "@/db/schema";
import { auditCount, lastAudit } from "@/db/testing/audit-count";
import { staffFor } from "@/db/testing/actor-for";
import { cnameTarget } from "./domain-dto";
import { verifyDomain } from "./verify-domain";

// DNS is the outside world: each test says what the agency's DNS provider answers.
const dns = vi.hoisted(() => ({ answers: new Map<string, string[]>(), asked: [] as string[] }));
vi.mock("node:dns/promises", async (importActual) => ({
  ...(await importActual<typeof import("node:dns/promises")>()),
  resolveCname: async (name: string) => {
    dns.asked.push(name);
    const answer = dns.answers.get(name);
    if (!answer) throw Object.assign(new Error(`queryCname ENOTFOUND ${name}`), { code: "ENOTFOUND" });
    return answer;
  },
}));

beforeEach(() => {
  dns.answers.clear();
  dns.asked.length = 0;
});

/** A domain waiting for its CNAME, as production adds them. */
async function pendingDomain(email: string, domain: string) {
  const staff = await staffFor(email);
  const [row] = await (
    await getDb()
  )
    .insert(agencyDomains)
    .values({ agencyId: staff.agencyId, domain, verifiedAt: null })
    .returning();
  return row;
}

async function stored(id: string) {
  const [row] = await (await getDb()).select().from(agencyDomains).where(eq(agencyDomains.id, id));
  return row;
}

describe("verifyDomain", () => {
  it("marks the domain verified when its CNAME names the portal root (any case, trailing dot), with one domain_verified", async () => {
    const domain = await pendingDomain("admin@acme.test", "portal.acme-verify.example");
    dns.answers.set(domain.domain, [`${cnameTarget().toUpperCase()}.`]);
    const result = await verifyDomain(await staffFor("admin@acme.test"), domain.id);
    expect(result).toMatchObject({
      id: domain.id,
      domain: "portal.acme-verify.example",
      verified: true,
      found: [cnameTarget()],
    });
    expect((await stored(domain.id)).verifiedAt).toBeInstanceOf(Date);
    expect(result.verifiedAt).toBe((await stored(domain.id)).verifiedAt!.toISOString());
    expect(await auditCount("domain_verified", domain.id)).toBe(1);
    const event = await lastAudit("domain_verified");
    expect(event.actorEmail).toBe("admin@acme.test");
    expect(event.details).toEqual({ domain: "portal.acme-verify.example", cname: [cnameTarget()] });

    // Asked again: already verified, no look-up and no second event.
    dns.asked.length = 0;
    expect(await verifyDomain(await staffFor("owner@acme.test"), domain.id)).toMatchObject({
      verified: true,
      found: [],
    });
    expect(dns.asked).toEqual([]);
    expect(await auditCount("domain_verified", domain.id)).toBe(1);
  });

  it("leaves it unverified, says what DNS answered, and records nothing when the CNAME points elsewhere or is missing", async () => {
    const domain = await pendingDomain("owner@acme.test", "calls.acme-elsewhere.example");
    dns.answers.set(domain.domain, ["Some-Other-Host.example."]);
    const owner = await staffFor("owner@acme.test");
    expect(await verifyDomain(owner, domain.id)).toMatchObject({
      verified: false,
      verifiedAt: null,
      found: ["some-other-host.example"],
    });
    dns.answers.delete(domain.domain);
    expect(await verifyDomain(owner, domain.id)).toMatchObject({ verified: false, found: [] });
    expect(dns.asked).toEqual([domain.domain, domain.domain]);
    expect((await stored(domain.id)).verifiedAt).toBeNull();
    expect(await auditCount("domain_verified", domain.id)).toBe(0);
  });

  it("is 404 for another agency's domain and a malformed id, 403 below admin, and verifies nothing then", async () => {
    const domain = await pendingDomain("owner@acme.test", "portal.acme-guarded.example");
    dns.answers.set(domain.domain, [cnameTarget()]);
    await expect(verifyDomain(await staffFor("owner@globex.test"), domain.id)).rejects.toMatchObject({ status: 404 });
    await expect(verifyDomain(await staffFor("admin@acme.test"), "not-a-uuid")).rejects.toMatchObject({ status: 404 });
    await expect(verifyDomain(await staffFor("manager@acme.test"), domain.id)).rejects.toMatchObject({ status: 403 });
    await expect(verifyDomain(await staffFor("member@acme.test"), domain.id)).rejects.toMatchObject({ status: 403 });
    expect(dns.asked).toEqual([]);
    expect((await stored(domain.id)).verifiedAt).toBeNull();
    expect(await auditCount("domain_verified", domain.id)).toBe(0);
  });
});
