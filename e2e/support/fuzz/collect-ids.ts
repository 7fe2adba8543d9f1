import { getJson, listAll, type Session } from "./store";

/** Ids of one agency's rows, by the kind of path parameter that names them. */
export async function idsOf(owner: Session, clientAdmin: Session): Promise<Record<string, string[]>> {
  const clients = await listAll(owner, "/api/v1/clients?limit=100");
  const clientUsers: string[] = [];
  const invitations = (await listAll(owner, "/api/v1/staff/invitations?limit=200")).map((i) => i.id);
  for (const client of clients) {
    clientUsers.push(...(await listAll(owner, `/api/v1/clients/${client.id}/users?limit=200`)).map((u) => u.id));
    invitations.push(...(await listAll(owner, `/api/v1/clients/${client.id}/invitations?limit=200`)).map((i) => i.id));
  }
  const billing = await getJson(clientAdmin, "/api/v1/portal/billing");
  return {
    client: clients.map((c) => c.id),
    staff: (await listAll(owner, "/api/v1/staff?limit=200")).map((s) => s.id),
    clientUser: clientUsers,
    invitation: invitations,
    agent: ((await getJson(clientAdmin, "/api/v1/portal/agents")).items ?? []).map((a) => a.id),
    call: ((await getJson(clientAdmin, "/api/v1/portal/calls?limit=20")).items ?? []).map((c) => c.id),
    invoice: ((billing.invoices as { id: string }[] | undefined) ?? []).map((i) => i.id),
    integration: ((await getJson(clientAdmin, "/api/v1/portal/integrations")).items ?? []).map((i) => i.id),
  };
}
