import { randomBytes, randomUUID } from "node:crypto";
import { isNotNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { getDb } from "@/db/client";
import {
  agencies,
  agencyDomains,
  apiKeys,
  agentVersions,
  aiAgents,
  calls,
  clients,
  integrations,
  invoiceLines,
  invoices,
  phoneNumbers,
  providerConnections,
  providerEvents,
  recordingFetches,
  webhookDeliveries,
  staffClientAssignments,
  userAgentAssignments,
  users,
  type AgentSettings,
  ssoConnections,
  ssoIdentities,
  ssoRequests,
  ssoConsumedAssertions,
} from "@/db/schema";
import { presetPermissions } from "@/lib/authz/catalogue";
import { snapshotAgainstDefaults } from "@/lib/authz/stored-permissions";
import { secretBox, secretHint } from "@/lib/crypto/secret-box";
import { plantScim } from "./plant-scim";
import { canary, canaryEmail, clientTagsOf, lowerCanary, type AgencyTag, type ClientTag } from "./canaries";

/** Staff by label: "member2" is a member assigned to the second client, the others to the first. */
export const STAFF_LABELS = ["owner", "admin", "manager", "member", "member2"] as const;
export const CLIENT_ROLES = ["admin", "supervisor", "analyst", "agent"] as const;

export type PlantedUser = { id: string; email: string; role: string; label: string };
export type PlantedClient = {
  tag: ClientTag;
  id: string;
  name: string;
  users: PlantedUser[];
  agentIds: string[];
  callIds: string[];
  callerNumbers: string[];
  summaries: string[];
  invoiceIds: string[];
  integrationIds: string[];
  webhookId: string;
};
export type PlantedAgency = {
  tag: AgencyTag;
  id: string;
  slug: string;
  name: string;
  staff: PlantedUser[];
  clients: PlantedClient[];
};

export const CALLS_PER_AGENT = 5;
const HOUR = 3_600_000;

/**
 * One agency with two clients, written straight into the tables so that every text column holds
 * a canary of its owner (the verbs' own validation would refuse some of them, e.g. a canary as a
 * voice name — a leak must be caught whatever the value). Staff "manager" and "member" are
 * assigned to the first client only, "member2" to the second; client user "agent" to the first
 * AI agent only.
 */
export async function plantAgency(tag: AgencyTag, webhookBase: string): Promise<PlantedAgency> {
  const db = await getDb();
  const [recording] = await db
    .select({ path: calls.recordingPath })
    .from(calls)
    .where(isNotNull(calls.recordingPath))
    .limit(1);
  return db.transaction(async (tx) => {
    const defaults = presetPermissions("self_service");
    const [agency] = await tx
      .insert(agencies)
      .values({
        slug: lowerCanary(tag, "slug"),
        name: canary(tag, "agencies.name"),
        primaryColor: "#123456",
        logoPath: `logo-${randomBytes(8).toString("hex")}.png`,
        faviconPath: `favicon-${randomBytes(8).toString("hex")}.png`,
        supportEmail: canaryEmail(tag, "support"),
        senderName: canary(tag, "agencies.sender_name"),
        senderAddress: canaryEmail(tag, "sender"),
        defaultPermissions: defaults,
      })
      .returning();
    await tx
      .insert(agencyDomains)
      .values({ agencyId: agency.id, domain: `${lowerCanary(tag, "domain")}.test`, verifiedAt: new Date() });
    const planted: PlantedClient[] = [];
    for (const clientTag of clientTagsOf(tag)) {
      planted.push(await plantClient(tx, agency.id, clientTag, defaults, recording?.path ?? null, webhookBase));
    }
    const staff = await insertUsers(tx, agency.id, tag, null, STAFF_LABELS);
    await tx
      .insert(staffClientAssignments)
      .values(
        staff
          .filter((s) => s.role === "manager" || s.role === "member")
          .map((s) => ({ userId: s.id, clientId: planted[s.label === "member2" ? 1 : 0].id })),
      );
    return { tag, id: agency.id, slug: agency.slug, name: agency.name, staff, clients: planted };
  });
}

async function insertUsers(
  tx: Tx,
  agencyId: string,
  tag: AgencyTag | ClientTag,
  clientId: string | null,
  labels: readonly string[],
): Promise<PlantedUser[]> {
  const rows = await tx
    .insert(users)
    .values(
      labels.map((label) => ({
        agencyId,
        kind: clientId ? ("client" as const) : ("agency" as const),
        clientId,
        role: label.replace(/\d+$/, ""),
        email: canaryEmail(tag, label),
        name: canary(tag, `users.name.${label}`),
        passwordHash: `$argon2id$v=19$m=19456,t=2,p=1$${randomBytes(16).toString("base64url")}`,
      })),
    )
    .returning({ id: users.id, email: users.email, role: users.role });
  return rows.map((r, i) => ({ ...r, label: labels[i] }));
}

function agentSettings(tag: ClientTag, n: number): AgentSettings {
  const c = (column: string) => canary(tag, `ai_agents.${column}.${n}`);
  return {
    prompt: c("prompt"),
    greeting: c("greeting"),
    voice: c("voice"),
    language: c("language"),
    businessHours: c("business_hours"),
    transferNumber: c("transfer_number"),
    maxCallMinutes: 15,
  };
}

async function plantClient(
  tx: Tx,
  agencyId: string,
  tag: ClientTag,
  defaults: ReturnType<typeof presetPermissions>,
  recordingPath: string | null,
  webhookBase: string,
): Promise<PlantedClient> {
  const name = canary(tag, "clients.name");
  const [client] = await tx
    .insert(clients)
    .values({ agencyId, name, permissions: snapshotAgainstDefaults(defaults, defaults) })
    .returning({ id: clients.id });
  const clientId = client.id;
  const agentIds: string[] = [];
  for (const n of [1, 2]) {
    const settings = agentSettings(tag, n);
    const [agent] = await tx
      .insert(aiAgents)
      .values({ agencyId, clientId, name: canary(tag, `ai_agents.name.${n}`), status: "live", ...settings })
      .returning({ id: aiAgents.id });
    agentIds.push(agent.id);
    await tx.insert(agentVersions).values({
      agentId: agent.id,
      version: 1,
      authorEmail: canaryEmail(tag, `author${n}`),
      settings,
      diff: { prompt: { before: canary(tag, "agent_versions.diff.before"), after: settings.prompt } },
    });
    await tx.insert(phoneNumbers).values({
      agencyId,
      clientId,
      agentId: agent.id,
      e164: canary(tag, `phone_numbers.e164.${n}`),
      label: canary(tag, `phone_numbers.label.${n}`),
    });
  }
  const clientUsers = await insertUsers(tx, agencyId, tag, clientId, CLIENT_ROLES);
  await tx
    .insert(userAgentAssignments)
    .values({ userId: clientUsers.find((u) => u.role === "agent")!.id, agentId: agentIds[0] });
  // A client key of the client's admin, used once: its name and last address are the client's text.
  await tx.insert(apiKeys).values({
    agencyId,
    clientId,
    name: canary(tag, "api_keys.name"),
    scopes: ["calls.read"],
    secretHash: randomBytes(32).toString("hex"),
    displayPrefix: "sk_canary",
    createdBy: clientUsers.find((u) => u.role === "admin")!.id,
    expiresAt: new Date(Date.now() + 90 * 24 * HOUR),
    lastUsedAt: new Date(),
    lastUsedIp: canary(tag, "api_keys.last_used_ip"),
  });
  await plantScim(tx, agencyId, tag, clientId, clientUsers.find((u) => u.role === "admin")!.id, agentIds[0]);

  const callRows = agentIds.flatMap((agentId, a) =>
    Array.from({ length: CALLS_PER_AGENT }, (_, i) => {
      const label = `${a + 1}.${i}`;
      return {
        agencyId,
        clientId,
        agentId,
        direction: "inbound" as const,
        startedAt: new Date(Date.now() - (i * 26 + a + 1) * HOUR),
        durationSeconds: 60 + i,
        status: "completed" as const,
        outcome: "booked" as const,
        sentiment: "positive" as const,
        callerNumber: canary(tag, `calls.caller_number.${label}`),
        summary: canary(tag, `calls.summary.${label}`),
        transcript: [{ speaker: "caller" as const, text: canary(tag, `calls.transcript.${label}`), startSeconds: 0 }],
        recordingPath,
        costCents: 12,
        source: "retell" as const,
        externalId: canary(tag, `calls.external_id.${label}`),
      };
    }),
  );
  const insertedCalls = await tx.insert(calls).values(callRows).returning({ id: calls.id });

  const invoiceIds: string[] = [];
  for (const n of [1, 2]) {
    const [invoice] = await tx
      .insert(invoices)
      .values({
        agencyId,
        clientId,
        number: canary(tag, `invoices.number.${n}`),
        sequence: n,
        periodStart: `2026-0${n}-01`,
        periodEnd: `2026-0${n}-28`,
        status: "open",
        minutes: 10,
        totalCents: 1200,
        issuedAt: new Date(Date.now() - n * 40 * 24 * HOUR),
        dueAt: new Date(Date.now() + 10 * 24 * HOUR),
      })
      .returning({ id: invoices.id });
    invoiceIds.push(invoice.id);
    await tx.insert(invoiceLines).values({
      invoiceId: invoice.id,
      description: canary(tag, `invoice_lines.description.${n}`),
      quantity: 10,
      unitCents: 120,
      amountCents: 1200,
    });
  }

  const crmId = randomUUID();
  const crmSecret = canary(tag, "integrations.secret");
  const webhookId = randomUUID();
  await tx.insert(integrations).values([
    {
      id: crmId,
      agencyId,
      clientId,
      kind: "crm",
      provider: "hubspot",
      name: canary(tag, "integrations.name.crm"),
      status: "error",
      config: {
        portalId: canary(tag, "integrations.config.portalId"),
        pipeline: canary(tag, "integrations.config.pipeline"),
      },
      secretCiphertext: secretBox().seal(crmSecret, crmId),
      secretHint: secretHint(crmSecret),
      lastError: canary(tag, "integrations.last_error"),
    },
    {
      id: webhookId,
      agencyId,
      clientId,
      kind: "webhook",
      provider: "webhook",
      name: canary(tag, "integrations.name.webhook"),
      status: "connected",
      config: {
        url: `${webhookBase}/webhook/${lowerCanary(tag, "integrations.config.url")}`,
        events: canary(tag, "integrations.config.events"),
      },
      secretCiphertext: secretBox().seal(canary(tag, "integrations.signing_secret"), webhookId),
      secretHint: "••••",
    },
  ]);
  // A queued webhook event, due only next year so no worker sends it during the sweep.
  await tx.insert(webhookDeliveries).values({
    agencyId,
    clientId,
    integrationId: webhookId,
    eventId: canary(tag, "webhook_deliveries.event_id"),
    event: {
      id: canary(tag, "webhook_deliveries.event.id"),
      type: "call.completed",
      createdAt: new Date().toISOString(),
      data: { summary: canary(tag, "webhook_deliveries.event.summary") },
    },
    nextAttemptAt: new Date(Date.now() + 365 * 24 * HOUR),
    lastError: canary(tag, "webhook_deliveries.last_error"),
  });
  // A client's SSO connection with a linked identity, a sign-in in flight and a consumed assertion.
  const ssoId = randomUUID();
  await tx.insert(ssoConnections).values({
    id: ssoId,
    agencyId,
    clientId,
    type: "oidc",
    name: canary(tag, "sso_connections.name"),
    domains: [lowerCanary(tag, "sso_connections.domains")],
    oidcIssuer: `https://${lowerCanary(tag, "sso_connections.oidc_issuer")}.test`,
    oidcClientId: canary(tag, "sso_connections.oidc_client_id"),
    oidcClientSecretSealed: secretBox().seal(canary(tag, "sso_connections.secret"), `sso:${ssoId}`),
    defaultRole: "analyst",
    groupRoles: [{ group: canary(tag, "sso_connections.group_roles"), role: "analyst" }],
  });
  await tx.insert(ssoIdentities).values({
    agencyId,
    connectionId: ssoId,
    subject: canary(tag, "sso_identities.subject"),
    userId: clientUsers[0]!.id,
  });
  await tx.insert(ssoRequests).values({
    key: canary(tag, "sso_requests.key"),
    agencyId,
    connectionId: ssoId,
    nonce: canary(tag, "sso_requests.nonce"),
    codeVerifier: canary(tag, "sso_requests.code_verifier"),
    expiresAt: new Date(Date.now() + 365 * 24 * HOUR),
  });
  await tx.insert(ssoConsumedAssertions).values({
    agencyId,
    connectionId: ssoId,
    assertionId: canary(tag, "sso_consumed_assertions.assertion_id"),
    expiresAt: new Date(Date.now() + 365 * 24 * HOUR),
  });
  // The client's voice-provider connection (its key and webhook secret sealed, as saved), one agent
  // linked to it; an ingested provider event the worker could not read, and a recording whose
  // link expired: both left alone by the workers (failed, expired), both on the connection's health.
  const connectionId = randomUUID();
  await tx.insert(providerConnections).values({
    id: connectionId,
    agencyId,
    clientId,
    provider: "retell",
    apiKeyCiphertext: secretBox().seal(canary(tag, "provider_connections.api_key"), connectionId),
    keyLast4: "••••",
    webhookId: lowerCanary(tag, "provider_connections.webhook_id"),
    webhookSecretCiphertext: secretBox().seal(canary(tag, "provider_connections.webhook_secret"), connectionId),
    apiBaseUrl: `${webhookBase}/${lowerCanary(tag, "provider_connections.api_base_url")}`,
    status: "error",
    lastError: canary(tag, "provider_connections.last_error"),
    // Never contacted (its address is a canary): the planted agent's edit below stays ours.
    demo: true,
  });
  await tx
    .update(aiAgents)
    .set({ providerConnectionId: connectionId, externalId: canary(tag, "ai_agents.external_id") })
    .where(sql`${aiAgents.id} = ${agentIds[0]}`);
  await tx.insert(providerEvents).values({
    agencyId,
    connectionId,
    provider: "retell",
    providerCallId: canary(tag, "provider_events.provider_call_id"),
    eventType: canary(tag, "provider_events.event_type"),
    payload: { event: "call_ended", call: { call_id: canary(tag, "provider_events.payload") } },
    status: "failed",
    error: canary(tag, "provider_events.error"),
    callId: insertedCalls[0].id,
  });
  await tx.insert(recordingFetches).values({
    callId: insertedCalls[0].id,
    agencyId,
    connectionId,
    sourceUrl: `${webhookBase}/recordings/${lowerCanary(tag, "recording_fetches.source_url")}.wav`,
    status: "expired",
    lastError: canary(tag, "recording_fetches.last_error"),
  });
  return {
    tag,
    id: clientId,
    name,
    users: clientUsers,
    agentIds,
    callIds: insertedCalls.map((c) => c.id),
    callerNumbers: callRows.map((c) => c.callerNumber),
    summaries: callRows.map((c) => c.summary),
    invoiceIds,
    integrationIds: [crmId, webhookId],
    webhookId,
  };
}

/** Rows the verbs write with columns no verb fills in a quiet run (delivery errors): set them to canaries. */
export async function plantDeliveryErrors(agency: PlantedAgency) {
  const db = await getDb();
  await db.execute(
    sql`update audit_destinations set last_error = ${canary(agency.tag, "audit_destinations.last_error")} where agency_id = ${agency.id}`,
  );
  await db.execute(sql`update audit_outbox set last_error = ${canary(agency.tag, "audit_outbox.last_error")}
    where destination_id in (select id from audit_destinations where agency_id = ${agency.id})`);
}
