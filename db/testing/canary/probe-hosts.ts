import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { createSession } from "@/lib/auth/create-session";
import { loadActor } from "@/lib/auth/load-actor";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { canaryMeta, portalHost } from "./actors";
import { lowerCanary } from "./canaries";
import type { PlantedAgency } from "./plant-agency";

const customDomain = (a: PlantedAgency) => `${lowerCanary(a.tag, "domain")}.test`;

/**
 * A session is honoured on its own agency's hosts only: each client user's and staff member's
 * session, presented on the other agency's portal host and custom domain, must load no actor.
 * Returns the ones that did.
 */
export async function crossHostSessions(own: PlantedAgency, other: PlantedAgency): Promise<string[]> {
  const db = await getDb();
  const accepted: string[] = [];
  const people = [...own.staff, ...own.clients.flatMap((c) => c.users)];
  for (const person of people) {
    const meta = canaryMeta(own.tag, `cross-host.${person.label}`);
    const sessionId = await createSession(db, person.id, 1, meta);
    for (const host of [portalHost(other.slug), customDomain(other)]) {
      if ((await loadActor(db, sessionId, host, meta)).ok) accepted.push(`${person.email} on ${host}`);
    }
  }
  return accepted;
}

/**
 * A reset asked on one agency's portal for another agency's client user must mail nobody; the
 * same request on the user's own portal mails them (so the refusal is not just a throttle).
 */
export async function crossHostResets(own: PlantedAgency, other: PlantedAgency): Promise<string[]> {
  const db = await getDb();
  const wrong: string[] = [];
  const mailsTo = (email: string) => db.$count(mailOutbox, eq(mailOutbox.toAddress, email));
  for (const client of other.clients) {
    const email = client.users.find((u) => u.role === "supervisor")!.email;
    const before = await mailsTo(email);
    await (
      await requestPasswordReset(email, portalHost(own.slug), canaryMeta(own.tag, "cross-reset"))
    ).delivered;
    if ((await mailsTo(email)) !== before) wrong.push(`${email} mailed via ${portalHost(own.slug)}`);
    await (
      await requestPasswordReset(email, portalHost(other.slug), canaryMeta(client.tag, "own-reset"))
    ).delivered;
    if ((await mailsTo(email)) !== before + 1) wrong.push(`${email} not mailed via its own ${portalHost(other.slug)}`);
  }
  return wrong;
}
