import type { Actor } from "@/lib/authz/actor";
import { getBranding } from "@/lib/dal/agencies/get-branding";
import { listDomains } from "@/lib/dal/agencies/list-domains";
import { getAgencyOverview } from "@/lib/dal/agencies/get-agency-overview";
import { getAuditSettings } from "@/lib/dal/audit/get-audit-settings";
import { listAuditClientOptions } from "@/lib/dal/audit/list-audit-client-options";
import { listAuditEvents } from "@/lib/dal/audit/list-audit-events";
import { streamAuditExport } from "@/lib/dal/audit/stream-audit-export";
import { getClientDefaults } from "@/lib/dal/client-defaults/get-client-defaults";
import { previewDefaultsPropagation } from "@/lib/dal/client-defaults/preview-defaults-propagation";
import { getClient } from "@/lib/dal/clients/get-client";
import { getClientPermissions } from "@/lib/dal/clients/get-client-permissions";
import { listClients } from "@/lib/dal/clients/list-clients";
import { getOutboxMail } from "@/lib/dal/mail/get-outbox-mail";
import { listOutbox } from "@/lib/dal/mail/list-outbox";
import type { PlantedAgency } from "./plant-agency";
import type { SweepRecorder, Viewer } from "./sweep-recorder";
import { getClientTeam } from "@/lib/dal/people/get-client-team";
import { listAssignableClients } from "@/lib/dal/people/list-assignable-clients";
import { listInvitations } from "@/lib/dal/people/list-invitations";
import { listPeople } from "@/lib/dal/people/list-people";
import { STAFF_TEAM, clientTeam } from "@/lib/dal/people/team";

type Page = { nextCursor: string | null };

/** Every page of a keyset list, one small page at a time so the cursors are exercised too. */
export async function allPages<T extends Page>(
  rec: SweepRecorder,
  v: Viewer,
  channel: string,
  list: (cursor?: string) => Promise<T>,
) {
  let cursor: string | undefined;
  for (let page = 0; page < 200; page++) {
    const result: T | undefined = await rec.ask(v, `${channel} page ${page}`, () => list(cursor));
    if (!result?.nextCursor) return;
    cursor = result.nextCursor;
  }
}

/** Reads a streamed export to the end, as the browser would. */
export const readBody = (body: ReadableStream<Uint8Array> | AsyncIterable<string>) =>
  body instanceof ReadableStream
    ? new Response(body).text()
    : (async () => {
        let s = "";
        for await (const c of body) s += c;
        return s;
      })();

/** Everything a staff member of the agency can list, search, open and export in the console. */
export async function sweepStaff(rec: SweepRecorder, v: Viewer, actor: Actor, agency: PlantedAgency) {
  await rec.ask(v, "getAgencyOverview", () => getAgencyOverview(actor));
  await allPages(rec, v, "listClients", (cursor) => listClients(actor, { cursor, limit: 1 }));
  await rec.ask(v, "listClients q=canary", () => listClients(actor, { q: "canary" }));
  for (const client of agency.clients) {
    await rec.ask(v, `getClient ${client.tag}`, () => getClient(actor, client.id));
    await rec.ask(v, `getClientPermissions ${client.tag}`, () => getClientPermissions(actor, client.id));
    await rec.ask(v, `getClientTeam ${client.tag}`, () => getClientTeam(actor, client.id));
    await allPages(rec, v, `listClientUsers ${client.tag}`, (cursor) =>
      listPeople(actor, clientTeam(client.id), { cursor, limit: 2 }),
    );
    await allPages(rec, v, `listClientInvitations ${client.tag}`, (cursor) =>
      listInvitations(actor, clientTeam(client.id), { cursor, limit: 1 }),
    );
  }
  await allPages(rec, v, "listStaff", (cursor) => listPeople(actor, STAFF_TEAM, { cursor, limit: 2 }));
  await allPages(rec, v, "listStaffInvitations", (cursor) => listInvitations(actor, STAFF_TEAM, { cursor, limit: 1 }));
  await rec.ask(v, "listAssignableClients", () => listAssignableClients(actor));
  const outbox: { items: { id: string }[] }[] = [];
  await allPages(rec, v, "listOutbox", async (cursor) => {
    const page = await listOutbox(actor, { cursor, limit: 2 });
    outbox.push(page);
    return page;
  });
  for (const mail of outbox.flatMap((p) => p.items))
    await rec.ask(v, "getOutboxMail", () => getOutboxMail(actor, mail.id));
  await rec.ask(v, "getBranding", () => getBranding(actor));
  await rec.ask(v, "listDomains", () => listDomains(actor));
  await rec.ask(v, "getClientDefaults", () => getClientDefaults(actor));
  await rec.ask(v, "previewDefaultsPropagation", () => previewDefaultsPropagation(actor, { includeOverridden: true }));
  await allPages(rec, v, "listAuditEvents", (cursor) => listAuditEvents(actor, { cursor, limit: 10 }));
  await rec.ask(v, "listAuditClientOptions", () => listAuditClientOptions(actor));
  await rec.ask(v, "getAuditSettings", () => getAuditSettings(actor));
  for (const format of ["csv", "jsonl"] as const) {
    await rec.ask(v, `streamAuditExport ${format}`, async () => {
      const exported = await streamAuditExport(actor, { format });
      return { contentType: exported.contentType, filename: exported.filename, body: await readBody(exported.body) };
    });
  }
}
