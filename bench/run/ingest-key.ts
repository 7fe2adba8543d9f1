import { request } from "./http";
import type { Session } from "./targets";

/** An owner's `calls.ingest` key, made through the API as an agency would; the caller deletes it. */
export async function createIngestKey(s: Session, name: string): Promise<{ id: string; key: string }> {
  const host = s.server.appHost;
  const created = await request({
    port: s.server.port,
    host,
    path: "/api/v1/api-keys",
    method: "POST",
    headers: { cookie: s.staff, origin: `http://${host}`, "content-type": "application/json" },
    body: JSON.stringify({ name, scopes: ["calls.ingest"] }),
  });
  if (created.status !== 201) throw new Error(`creating the key answered ${created.status}: ${created.body}`);
  return JSON.parse(created.body.toString()) as { id: string; key: string };
}
