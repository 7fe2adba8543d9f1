import { jsonOf, sendRaw } from "./send";

export type Session = { port: number; host: string; cookie: string };
type Item = { id: string } & Record<string, unknown>;

export async function getJson(
  session: Session,
  path: string,
): Promise<{ items?: Item[]; nextCursor?: string | null } & Record<string, unknown>> {
  const res = await sendRaw({ ...session, method: "GET", path, headers: { cookie: session.cookie }, wholeBody: true });
  if (res.status !== 200) throw new Error(`GET ${path} on ${session.host}: ${res.status} ${res.text.slice(0, 200)}`);
  const json = jsonOf(res.text);
  if (json === null) throw new Error(`GET ${path} on ${session.host}: 200 without a JSON body`);
  return json as never;
}

/** Every item of a keyset list, following nextCursor. */
export async function listAll(session: Session, path: string): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null | undefined;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const page = await getJson(session, cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path);
    items.push(...(page.items ?? []));
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/**
 * What a write could have created, counted through the API as a user would see it: an agency's
 * clients, staff, staff invitations, and each client's users and invitations.
 */
export async function agencyCounts(owner: Session): Promise<Record<string, number>> {
  const clients = await listAll(owner, "/api/v1/clients?limit=100");
  const counts: Record<string, number> = {
    clients: clients.length,
    staff: (await listAll(owner, "/api/v1/staff?limit=200")).length,
    staffInvitations: (await listAll(owner, "/api/v1/staff/invitations?limit=200")).length,
  };
  for (const client of clients) {
    counts[`users of ${client.name}`] = (await listAll(owner, `/api/v1/clients/${client.id}/users?limit=200`)).length;
    counts[`invitations of ${client.name}`] = (
      await listAll(owner, `/api/v1/clients/${client.id}/invitations?limit=200`)
    ).length;
  }
  return counts;
}

/** A client's integrations and its agents' versions, seen by its admin. */
export async function clientCounts(admin: Session): Promise<Record<string, number>> {
  const integrations = (await getJson(admin, "/api/v1/portal/integrations")).items ?? [];
  const agents = (await getJson(admin, "/api/v1/portal/agents")).items ?? [];
  return {
    integrations: integrations.length,
    agentVersions: agents.reduce((sum, a) => sum + Number(a.version ?? 0), 0),
  };
}

/** The newest audit event's seq: events after it were written during the fuzz. */
export async function newestAuditSeq(owner: Session): Promise<number> {
  const page = await getJson(owner, "/api/v1/audit-events?limit=1");
  return Number(page.items?.[0]?.seq ?? 0);
}

/** Audit events written after `seq`, counted by action. */
export async function auditActionsSince(owner: Session, seq: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let cursor: string | null | undefined;
  for (;;) {
    const page = await getJson(owner, `/api/v1/audit-events?limit=200${cursor ? `&cursor=${cursor}` : ""}`);
    const items = page.items ?? [];
    for (const event of items) {
      if (Number(event.seq) <= seq) return counts;
      counts[String(event.action)] = (counts[String(event.action)] ?? 0) + 1;
    }
    cursor = page.nextCursor;
    if (!cursor) return counts;
  }
}
