import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { consoleHost, canaryMeta, portalHost, previewActor, signIn } from "@/db/testing/canary/actors";
import {
  AGENCY_TAGS,
  forbiddenTags,
  type AgencyTag,
  type ClientTag,
  type TenantTag,
} from "@/db/testing/canary/canaries";
import { withLogs } from "@/db/testing/canary/capture-logs";
import { opaqueNeedles, textColumnCoverage, type Owners } from "@/db/testing/canary/coverage";
import {
  CALLS_PER_AGENT,
  plantAgency,
  plantDeliveryErrors,
  STAFF_LABELS,
  type PlantedAgency,
} from "@/db/testing/canary/plant-agency";
import { plantThroughVerbs, requestResets, staffOf } from "@/db/testing/canary/plant-through-verbs";
import { crossHostResets, crossHostSessions } from "@/db/testing/canary/probe-hosts";
import { startSmtpSink } from "@/db/testing/canary/smtp-sink";
import { probeAsClient, probeAsStaff } from "@/db/testing/canary/sweep-probes";
import { sweepClient } from "@/db/testing/canary/sweep-client";
import { SweepRecorder, type OpaqueNeedles, type Viewer } from "@/db/testing/canary/sweep-recorder";
import { sweepStaff } from "@/db/testing/canary/sweep-staff";
import { startReceiver } from "@/db/testing/http-receiver";
import { deliverOutbox } from "@/lib/audit/deliver-outbox";
import type { Actor } from "@/lib/authz/actor";
import { resetConfigForTests } from "@/lib/config";
import { sendWebhookTestEvent } from "@/lib/dal/integrations/send-webhook-test-event";
import { resendInvitation } from "@/lib/dal/people/resend-invitation";
import { STAFF_TEAM, clientTeam } from "@/lib/dal/people/team";

/*
 * The canary sweep of issue 18: two agencies with two clients each, every text column planted
 * with a string naming its owner. Then every actor of each tenant lists, searches, opens,
 * exports, streams and mails everything it can, and reaches for the others' rows by id; every
 * answer, refusal, file, email, SIEM/webhook delivery and log line is searched for the canaries
 * and opaque values (ids, hashes, ciphertexts) of the tenants that actor must never see.
 */

let receiver: Awaited<ReturnType<typeof startReceiver>>;
const planted = {} as Record<AgencyTag, PlantedAgency>;
const owners: Owners = { agencies: new Map(), clients: new Map() };
const rec = new SweepRecorder();
const invitations: { agency: AgencyTag; staffInvite: string; clientInvites: { clientId: string; id: string }[] }[] = [];
let needles: OpaqueNeedles;
let logLines = 0;

/** The clients a planted staff member may see: assigned ones for the manager and the members. */
const visibleTo = (a: PlantedAgency, label: string): ClientTag[] =>
  label === "member2"
    ? [a.clients[1].tag]
    : label === "manager" || label === "member"
      ? [a.clients[0].tag]
      : a.clients.map((c) => c.tag);
const tagOfAddress = (address: string) =>
  /canary-([ab][12]?)-/i.exec(address)?.[1].toUpperCase() as TenantTag | undefined;
const otherAgency = (tag: AgencyTag) => AGENCY_TAGS.find((a) => a !== tag)!;

/** What a recipient may read: its own client's (or, for staff, its agency's) tenants only. */
function viewerForRecipient(address: string, channel: string): Viewer {
  const tag = tagOfAddress(address);
  if (!tag) throw new Error(`${channel} went to ${address}, which belongs to no planted tenant`);
  const agency = tag[0] as AgencyTag;
  return {
    who: `${channel} to ${tag}`,
    forbidden:
      tag.length === 1
        ? forbiddenTags(agency, [`${agency}1`, `${agency}2`])
        : forbiddenTags(agency, [tag as ClientTag]),
  };
}

async function inLogWindow(v: Viewer, work: () => Promise<unknown>) {
  const { lines } = await withLogs(work);
  logLines += lines.length;
  for (const line of lines) rec.record(v, "log line", line);
}

beforeAll(async () => {
  process.env.ALLOW_PRIVATE_WEBHOOKS = "true";
  resetConfigForTests();
  receiver = await startReceiver([200]);
  for (const tag of AGENCY_TAGS) {
    const agency = await plantAgency(tag, receiver.url);
    planted[tag] = agency;
    owners.agencies.set(agency.id, tag);
    for (const c of agency.clients) owners.clients.set(c.id, c.tag);
  }
  for (const tag of AGENCY_TAGS)
    invitations.push({ agency: tag, ...(await plantThroughVerbs(planted[tag], receiver.url)) });
  for (const tag of AGENCY_TAGS) await plantDeliveryErrors(planted[tag]);
  needles = await opaqueNeedles(owners);
}, 300_000);

afterAll(async () => {
  delete process.env.ALLOW_PRIVATE_WEBHOOKS;
  resetConfigForTests();
  await receiver?.close();
});

describe("tenant canary sweep", () => {
  it("plants a canary in every text column of every tenant table, or the column is exempted with a reason", async () => {
    const coverage = await textColumnCoverage(owners);
    // uncovered: a text column neither canaried by plant-agency.ts nor exempted in text-columns.ts;
    // untraceable: a table with text columns and no way to its tenant (add it to PARENTS there);
    // staleExemptions: exemptions of columns that no longer exist; crossWritten: a write-side leak.
    const { uncovered, untraceable, staleExemptions, crossWritten } = coverage;
    expect({ uncovered, untraceable, staleExemptions, crossWritten }).toEqual({
      uncovered: [],
      untraceable: [],
      staleExemptions: [],
      crossWritten: [],
    });
    console.info(
      `[canary sweep] ${coverage.columns} text columns canaried in both agencies, ${coverage.cells} canary cells planted`,
    );
  });

  it("shows no actor of one tenant anything of another: lists, searches, exports, analytics, streams, emails, deliveries, log lines", async () => {
    const db = await getDb();
    for (const tag of AGENCY_TAGS) {
      const agency = planted[tag];
      for (const label of STAFF_LABELS) {
        const actor = await signIn(staffOf(agency, label), consoleHost(), canaryMeta(tag, label));
        const v = { who: `${tag} staff ${label}`, forbidden: forbiddenTags(tag, visibleTo(agency, label)) };
        await inLogWindow(v, () => sweepStaff(rec, v, actor, agency));
      }
      for (const client of agency.clients) {
        for (const user of client.users) {
          const actor = await signIn(user, portalHost(agency.slug), canaryMeta(client.tag, user.role));
          const v = { who: `${client.tag} ${user.role}`, forbidden: forbiddenTags(tag, [client.tag]) };
          await inLogWindow(v, () => sweepClient(rec, v, actor, client, portalHost(agency.slug)));
        }
      }
      const preview = await previewActor(
        staffOf(agency, "owner").id,
        agency.clients[0].id,
        portalHost(agency.slug),
        canaryMeta(tag, "preview"),
      );
      const pv = {
        who: `${tag} owner previewing ${agency.clients[0].tag}`,
        forbidden: forbiddenTags(tag, [agency.clients[0].tag]),
      };
      await inLogWindow(pv, () => sweepClient(rec, pv, preview, agency.clients[0], portalHost(agency.slug)));
    }

    // Analytics have no text to carry a canary: their figures must be exactly the viewer's own calls.
    for (const tag of AGENCY_TAGS) {
      for (const client of planted[tag].clients) {
        for (const user of client.users) {
          const visibleCalls = CALLS_PER_AGENT * (user.role === "agent" ? 1 : client.agentIds.length);
          const answer = (channel: string) =>
            JSON.parse(rec.answers.find((a) => a.who === `${client.tag} ${user.role}` && a.channel === channel)!.text);
          expect(answer("getCallStats").total, `${client.tag} ${user.role} call stats`).toBe(visibleCalls);
          if (user.role !== "agent")
            expect(answer("getAnalytics").totals.calls, `${client.tag} ${user.role} analytics`).toBe(visibleCalls);
        }
      }
    }

    // Every email rendered for the tenants (invitations, resends, resets), from the development outbox…
    const mails = await db
      .select()
      .from(mailOutbox)
      .where(
        inArray(
          mailOutbox.agencyId,
          AGENCY_TAGS.map((t) => planted[t].id),
        ),
      );
    for (const mail of mails) rec.record(viewerForRecipient(mail.toAddress, "outbox mail"), "mail", mail);
    // …and over SMTP, headers included (From, Reply-To), after the encoders had their go.
    const smtp = await startSmtpSink();
    process.env.SMTP_URL = smtp.url;
    resetConfigForTests();
    try {
      for (const { agency, staffInvite, clientInvites } of invitations) {
        const owner = await signIn(staffOf(planted[agency], "owner"), consoleHost(), canaryMeta(agency, "owner"));
        await resendInvitation(owner, STAFF_TEAM, staffInvite);
        for (const invite of clientInvites) await resendInvitation(owner, clientTeam(invite.clientId), invite.id);
        await requestResets(planted[agency]);
      }
    } finally {
      delete process.env.SMTP_URL;
      resetConfigForTests();
      await smtp.close();
    }
    for (const mail of smtp.mails) rec.record(viewerForRecipient(mail.to[0], "smtp mail"), "smtp", mail.text);
    expect(mails.length, "outbox mails: a staff and two client invitations, two resets per agency").toBe(10);
    expect(smtp.mails.length, "the same again over SMTP").toBe(10);
    // With the mail server down the failures are logged: those lines are searched like any answer.
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    resetConfigForTests();
    try {
      for (const { agency, staffInvite, clientInvites } of invitations) {
        const owner = await signIn(staffOf(planted[agency], "owner"), consoleHost(), canaryMeta(agency, "owner"));
        const v = {
          who: `${agency} owner, mail down`,
          forbidden: forbiddenTags(
            agency,
            planted[agency].clients.map((c) => c.tag),
          ),
        };
        await inLogWindow(v, async () => {
          await rec.ask(v, "resendStaffInvitation, mail down", () => resendInvitation(owner, STAFF_TEAM, staffInvite));
          for (const invite of clientInvites)
            await rec.ask(v, "resendClientInvitation, mail down", () =>
              resendInvitation(owner, clientTeam(invite.clientId), invite.id),
            );
          await requestResets(planted[agency]);
        });
      }
    } finally {
      delete process.env.SMTP_URL;
      resetConfigForTests();
    }
    expect(logLines, "log lines of the failed deliveries").toBeGreaterThan(0);

    // The SIEM stream of each agency and each client's webhook test event, as their receivers got them.
    for (const tag of AGENCY_TAGS) {
      for (const client of planted[tag].clients) {
        const admin = await signIn(
          client.users.find((u) => u.role === "admin")!,
          portalHost(planted[tag].slug),
          canaryMeta(client.tag, "admin"),
        );
        await inLogWindow({ who: `${client.tag} admin`, forbidden: forbiddenTags(tag, [client.tag]) }, () =>
          sendWebhookTestEvent(admin, client.webhookId),
        );
      }
    }
    for (let round = 0; round < 20 && (await deliverOutbox(db, { limit: 500 })).claimed > 0; round++);
    for (const delivery of receiver.received) {
      const tag = tagOfAddress(delivery.path);
      const channel = delivery.path.startsWith("/siem/") ? "siem" : "webhook";
      const v = {
        who: `${channel} to ${tag}`,
        forbidden: !tag
          ? []
          : tag.length === 1
            ? forbiddenTags(tag as AgencyTag, [`${tag}1` as ClientTag, `${tag}2` as ClientTag])
            : forbiddenTags(tag[0] as AgencyTag, [tag as ClientTag]),
      };
      expect(tag, `a delivery to ${delivery.path}`).toBeDefined();
      rec.record(v, channel, delivery);
    }

    const leaks = rec.leaks(needles);
    expect(rec.crashes, "verbs that failed with something other than a 4xx").toEqual([]);
    expect(leaks, "another tenant's canary or id in an answer").toEqual([]);
    // The search sees through every encoding it is given: each channel showed the viewer its own canaries.
    for (const channel of [
      "listCalls",
      "getCall",
      "streamCallsCsv",
      "renderInvoicePdf",
      "listAuditEvents",
      "streamAuditExport",
      "mail",
      "smtp",
      "siem",
      "webhook",
    ]) {
      const own = rec.answers.filter((a) => a.channel.startsWith(channel) && /canary-/i.test(a.text));
      expect(own.length, `answers of ${channel} that show their own canaries`).toBeGreaterThan(0);
    }
    // The recording is binary: what it can leak is in its headers, and its body must be the audio.
    const recordings = rec.answers
      .filter((a) => a.channel === "recording play" || a.channel === "recording download")
      .map((a) => JSON.parse(a.text));
    expect(recordings.length).toBeGreaterThan(0);
    for (const r of recordings) {
      expect(r).toMatchObject({
        status: 200,
        magic: "RIFF",
        headers: { "content-type": "audio/wav", "cache-control": "private, no-store" },
      });
      expect(r.headers["content-disposition"]).toMatch(
        /^(inline|attachment); filename="call-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.wav"$/,
      );
    }
  }, 300_000);

  it("refuses every reach for another tenant's rows by id or text, naming nothing of theirs", async () => {
    const db = await getDb();
    const answered: string[] = [];
    for (const tag of AGENCY_TAGS) {
      const agency = planted[tag];
      const foreignAgency = planted[otherAgency(tag)];
      const foreignMail = await db
        .select({ id: mailOutbox.id })
        .from(mailOutbox)
        .where(inArray(mailOutbox.agencyId, [foreignAgency.id]));
      for (const label of STAFF_LABELS) {
        const actor = await signIn(staffOf(agency, label), consoleHost(), canaryMeta(tag, label));
        const visible = visibleTo(agency, label);
        const foreign = [...foreignAgency.clients, ...agency.clients.filter((c) => !visible.includes(c.tag))];
        const v = { who: `${tag} staff ${label}`, forbidden: forbiddenTags(tag, visible) };
        await inLogWindow(v, async () =>
          answered.push(
            ...(await probeAsStaff(
              rec,
              v,
              actor,
              foreign,
              foreignMail.map((m) => m.id),
            )),
          ),
        );
      }
      for (const client of agency.clients) {
        for (const user of client.users) {
          const actor: Actor = await signIn(user, portalHost(agency.slug), canaryMeta(client.tag, user.role));
          const foreign = [...foreignAgency.clients, ...agency.clients.filter((c) => c.id !== client.id)];
          const v = { who: `${client.tag} ${user.role}`, forbidden: forbiddenTags(tag, [client.tag]) };
          await inLogWindow(v, async () => answered.push(...(await probeAsClient(rec, v, actor, foreign))));
        }
      }
    }
    for (const tag of AGENCY_TAGS) {
      const v = {
        who: `${tag} cross-host`,
        forbidden: forbiddenTags(
          tag,
          planted[tag].clients.map((c) => c.tag),
        ),
      };
      await inLogWindow(v, async () => {
        expect(
          await crossHostSessions(planted[tag], planted[otherAgency(tag)]),
          "sessions honoured on another agency's host",
        ).toEqual([]);
        expect(
          await crossHostResets(planted[tag], planted[otherAgency(tag)]),
          "password resets across agencies",
        ).toEqual([]);
      });
    }
    expect(answered, "probes that answered with another tenant's data").toEqual([]);
    expect(rec.crashes, "verbs that failed with something other than a 4xx").toEqual([]);
    expect(rec.leaks(needles), "another tenant's canary or id in an answer").toEqual([]);
    const needleCount = [...needles.values()].reduce((n, s) => n + s.size, 0);
    console.info(
      `[canary sweep] ${rec.answers.length} answers checked (${rec.ownSightings()} showing their own canaries), ` +
        `${logLines} log lines, ${needleCount} opaque values searched for, 0 leaks`,
    );
  }, 300_000);
});
