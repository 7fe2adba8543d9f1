import type { Actor } from "@/lib/authz/actor";
import { getAgent } from "@/lib/dal/agents/get-agent";
import { updateAgent } from "@/lib/dal/agents/update-agent";
import { listAuditEvents } from "@/lib/dal/audit/list-audit-events";
import { listClientAccessLog } from "@/lib/dal/audit/list-client-access-log";
import { getInvoice } from "@/lib/dal/billing/get-invoice";
import { renderInvoicePdf } from "@/lib/dal/billing/render-invoice-pdf";
import { getCall } from "@/lib/dal/calls/get-call";
import { listCalls } from "@/lib/dal/calls/list-calls";
import { openCallRecording } from "@/lib/dal/calls/open-call-recording";
import { updateCallReviewStatus } from "@/lib/dal/calls/update-call-review-status";
import { getClient } from "@/lib/dal/clients/get-client";
import { getClientPermissions } from "@/lib/dal/clients/get-client-permissions";
import { listClients } from "@/lib/dal/clients/list-clients";
import { disconnectIntegration } from "@/lib/dal/integrations/disconnect-integration";
import { getOutboxMail } from "@/lib/dal/mail/get-outbox-mail";
import { startClientPreview } from "@/lib/dal/preview/start-client-preview";
import type { PlantedClient } from "./plant-agency";
import type { SweepRecorder, Viewer } from "./sweep-recorder";
import { getClientTeam } from "@/lib/dal/people/get-client-team";
import { listInvitations } from "@/lib/dal/people/list-invitations";
import { listPeople } from "@/lib/dal/people/list-people";
import { clientTeam } from "@/lib/dal/people/team";

/**
 * Reaching for another tenant's rows by id or by its text: each probe must be refused (a 404
 * or 403 whose message names nothing of theirs) or come back empty. Returns the probes that
 * answered with data instead.
 */
export async function probeAsStaff(
  rec: SweepRecorder,
  v: Viewer,
  actor: Actor,
  foreign: PlantedClient[],
  foreignMailIds: string[],
) {
  const answered: string[] = [];
  const refuse = async (channel: string, verb: () => Promise<unknown>) => {
    if ((await rec.ask(v, `probe ${channel}`, verb)) !== undefined) answered.push(`${v.who} ${channel}`);
  };
  for (const c of foreign) {
    await refuse(`getClient ${c.tag}`, () => getClient(actor, c.id));
    await refuse(`getClientPermissions ${c.tag}`, () => getClientPermissions(actor, c.id));
    await refuse(`getClientTeam ${c.tag}`, () => getClientTeam(actor, c.id));
    await refuse(`listClientUsers ${c.tag}`, () => listPeople(actor, clientTeam(c.id)));
    await refuse(`listClientInvitations ${c.tag}`, () => listInvitations(actor, clientTeam(c.id)));
    await refuse(`startClientPreview ${c.tag}`, () => startClientPreview(actor, c.id, { role: "admin" }));
    const byName = await rec.ask(v, `probe listClients q=${c.tag}`, () => listClients(actor, { q: c.name }));
    if (byName?.items.length) answered.push(`${v.who} listClients q=${c.tag}`);
    const byClient = await rec.ask(v, `probe listAuditEvents clientId=${c.tag}`, () =>
      listAuditEvents(actor, { clientId: c.id }),
    );
    if (byClient?.items.length) answered.push(`${v.who} listAuditEvents clientId=${c.tag}`);
    const byActor = await rec.ask(v, `probe listAuditEvents actor=${c.tag}`, () =>
      listAuditEvents(actor, { actor: c.users[0].email }),
    );
    if (byActor?.items.length) answered.push(`${v.who} listAuditEvents actor=${c.tag}`);
  }
  for (const id of foreignMailIds) await refuse("getOutboxMail", () => getOutboxMail(actor, id));
  return answered;
}

export async function probeAsClient(rec: SweepRecorder, v: Viewer, actor: Actor, foreign: PlantedClient[]) {
  const answered: string[] = [];
  const refuse = async (channel: string, verb: () => Promise<unknown>) => {
    if ((await rec.ask(v, `probe ${channel}`, verb)) !== undefined) answered.push(`${v.who} ${channel}`);
  };
  for (const c of foreign) {
    for (const callId of c.callIds) await refuse(`getCall ${c.tag}`, () => getCall(actor, callId));
    await refuse(`recording ${c.tag}`, () => openCallRecording(actor, c.callIds[0], { mode: "play", range: null }));
    await refuse(`recording download ${c.tag}`, () =>
      openCallRecording(actor, c.callIds[0], { mode: "download", range: null }),
    );
    await refuse(`updateCallReviewStatus ${c.tag}`, () =>
      updateCallReviewStatus(actor, c.callIds[0], { reviewStatus: "done" }),
    );
    for (const agentId of c.agentIds) {
      await refuse(`getAgent ${c.tag}`, () => getAgent(actor, agentId));
      await refuse(`updateAgent ${c.tag}`, () => updateAgent(actor, agentId, { version: 1, greeting: "probe" }));
      const byAgent = await rec.ask(v, `probe listCalls agentId=${c.tag}`, () => listCalls(actor, { agentId }));
      if (byAgent?.items.length) answered.push(`${v.who} listCalls agentId=${c.tag}`);
    }
    for (const invoiceId of c.invoiceIds) {
      await refuse(`getInvoice ${c.tag}`, () => getInvoice(actor, invoiceId));
      await refuse(`renderInvoicePdf ${c.tag}`, () => renderInvoicePdf(actor, invoiceId));
    }
    for (const id of c.integrationIds)
      await refuse(`disconnectIntegration ${c.tag}`, () => disconnectIntegration(actor, id));
    const byNumber = await rec.ask(v, `probe listCalls q=${c.tag}`, () => listCalls(actor, { q: c.callerNumbers[0] }));
    if (byNumber?.items.length) answered.push(`${v.who} listCalls q=${c.tag}`);
    const bySummary = await rec.ask(v, `probe listCalls q=summary ${c.tag}`, () =>
      listCalls(actor, { q: c.summaries[0] }),
    );
    if (bySummary?.items.length) answered.push(`${v.who} listCalls q=summary ${c.tag}`);
    const log = await rec.ask(v, `probe listClientAccessLog callId=${c.tag}`, () =>
      listClientAccessLog(actor, { callId: c.callIds[0] }),
    );
    if (log?.items.length) answered.push(`${v.who} listClientAccessLog callId=${c.tag}`);
    await refuse(`getClientTeam ${c.tag}`, () => getClientTeam(actor, c.id));
    await refuse(`listClientUsers ${c.tag}`, () => listPeople(actor, clientTeam(c.id)));
    await refuse(`listClientInvitations ${c.tag}`, () => listInvitations(actor, clientTeam(c.id)));
  }
  return answered;
}
