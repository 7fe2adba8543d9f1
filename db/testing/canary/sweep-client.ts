import type { Actor } from "@/lib/authz/actor";
import { getPortalAgency } from "@/lib/dal/agencies/get-portal-agency";
import { getAgent } from "@/lib/dal/agents/get-agent";
import { listAgents } from "@/lib/dal/agents/list-agents";
import { listClientAccessLog } from "@/lib/dal/audit/list-client-access-log";
import { getBilling } from "@/lib/dal/billing/get-billing";
import { getInvoice } from "@/lib/dal/billing/get-invoice";
import { renderInvoicePdf } from "@/lib/dal/billing/render-invoice-pdf";
import { getAnalytics } from "@/lib/dal/calls/get-analytics";
import { getCall } from "@/lib/dal/calls/get-call";
import { getCallStats } from "@/lib/dal/calls/get-call-stats";
import { listCallAgents } from "@/lib/dal/calls/list-call-agents";
import { listCalls } from "@/lib/dal/calls/list-calls";
import { openCallRecording } from "@/lib/dal/calls/open-call-recording";
import { lastDays } from "@/lib/dal/calls/stats-range";
import { streamCallsCsv } from "@/lib/dal/calls/stream-calls-csv";
import { listIntegrations } from "@/lib/dal/integrations/list-integrations";
import { recordingResponse } from "@/lib/http/recording-response";
import { pdfText } from "./pdf-text";
import type { PlantedClient } from "./plant-agency";
import { allPages, readBody } from "./sweep-staff";
import type { SweepRecorder, Viewer } from "./sweep-recorder";
import { getClientTeam } from "@/lib/dal/people/get-client-team";
import { listInvitations } from "@/lib/dal/people/list-invitations";
import { listPeople } from "@/lib/dal/people/list-people";
import { clientTeam } from "@/lib/dal/people/team";

/** The recording as the route answers it: its headers, and that the body is audio, not text. */
async function recordingHeaders(actor: Actor, callId: string, download: boolean) {
  const response = await recordingResponse(
    await openCallRecording(actor, callId, { mode: download ? "download" : "play", range: null }),
    { download },
  );
  const head = Buffer.from(await response.arrayBuffer())
    .subarray(0, 4)
    .toString("latin1");
  return { status: response.status, headers: Object.fromEntries(response.headers), magic: head };
}

/**
 * Everything a client user (or a staff preview) can list, search, open, export and stream in
 * the portal: calls and their details, recordings, analytics, agents, billing with the invoice
 * PDFs, integrations, the access log and the client's own team.
 */
export async function sweepClient(
  rec: SweepRecorder,
  v: Viewer,
  actor: Actor,
  client: PlantedClient,
  portalHost: string,
) {
  await rec.ask(v, "getPortalAgency", () => getPortalAgency(portalHost));
  await allPages(rec, v, "listCalls", (cursor) => listCalls(actor, { cursor, limit: 4 }));
  await rec.ask(v, "listCalls q=canary", () => listCalls(actor, { q: "canary", limit: 100 }));
  await rec.ask(v, "listCalls q=summary", () => listCalls(actor, { q: "calls.summary", limit: 100 }));
  for (const callId of client.callIds) await rec.ask(v, "getCall", () => getCall(actor, callId));
  await rec.ask(v, "streamCallsCsv", async () => {
    const csv = await streamCallsCsv(actor, {});
    return { fileName: csv.fileName, rowCount: csv.rowCount, body: await readBody(csv.chunks) };
  });
  await rec.ask(v, "recording play", () => recordingHeaders(actor, client.callIds[0], false));
  await rec.ask(v, "recording download", () => recordingHeaders(actor, client.callIds[0], true));
  await rec.ask(v, "getAnalytics", () => getAnalytics(actor, { days: 30 }));
  await rec.ask(v, "getCallStats", () => getCallStats(actor, lastDays(30)));
  await rec.ask(v, "listCallAgents", () => listCallAgents(actor));
  await rec.ask(v, "listAgents", () => listAgents(actor));
  for (const agentId of client.agentIds) await rec.ask(v, "getAgent", () => getAgent(actor, agentId));
  await rec.ask(v, "getBilling", () => getBilling(actor));
  for (const invoiceId of client.invoiceIds) {
    await rec.ask(v, "getInvoice", () => getInvoice(actor, invoiceId));
    await rec.ask(v, "renderInvoicePdf", async () => {
      const pdf = await renderInvoicePdf(actor, invoiceId);
      return { fileName: pdf.fileName, text: pdfText(pdf.bytes) };
    });
  }
  await rec.ask(v, "listIntegrations", () => listIntegrations(actor));
  await allPages(rec, v, "listClientAccessLog", (cursor) => listClientAccessLog(actor, { cursor, limit: 5 }));
  await rec.ask(v, "getClientTeam", () => getClientTeam(actor, client.id));
  await allPages(rec, v, "listClientUsers", (cursor) => listPeople(actor, clientTeam(client.id), { cursor, limit: 2 }));
  await allPages(rec, v, "listClientInvitations", (cursor) =>
    listInvitations(actor, clientTeam(client.id), { cursor, limit: 2 }),
  );
}
