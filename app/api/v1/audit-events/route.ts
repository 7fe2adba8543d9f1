import { requireActor } from "@/lib/auth/current-actor";
import { listAuditEvents } from "@/lib/dal/audit/list-audit-events";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

// GET /api/v1/audit-events?action&actor&clientId&from&to&cursor&limit (SPEC §9).
export const GET = apiHandler(async (request) => {
  const actor = await requireActor();
  return listAuditEvents(actor, Object.fromEntries(new URL(request.url).searchParams));
});

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
