import "server-only";
import { sql } from "drizzle-orm";
import { agencies, clients, users } from "@/db/schema";

// What an actor is built from, selected the same way whether a session or an API key signs the request.

/** The client a client user belongs to (or a staff preview looks at), with its effective time zone. */
export const actorClientColumns = {
  id: clients.id,
  name: clients.name,
  portalAccess: clients.portalAccess,
  archivedAt: clients.archivedAt,
  permissions: clients.permissions,
  clientAdminsManageUsers: clients.clientAdminsManageUsers,
  timeZone: sql<string>`coalesce(${clients.timeZone}, ${agencies.timeZone})`,
};

/** A staff member's assigned clients and a client user's assigned AI agents, as text arrays. */
export const actorAssignmentColumns = {
  staffClientIds: sql<
    string[]
  >`coalesce((select array_agg(s.client_id::text) from staff_client_assignments s where s.user_id = ${users.id}), '{}')`,
  agentIds: sql<
    string[]
  >`coalesce((select array_agg(a.agent_id::text) from user_agent_assignments a where a.user_id = ${users.id}), '{}')`,
};
