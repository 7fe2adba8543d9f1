import { requireActor } from "@/lib/auth/current-actor";
import { listAuditEvents } from "@/lib/dal/audit/list-audit-events";
import { apiHandler, methodNotAllowed } from "@/lib/http/api-handler";

// GET /api/v1/audit-events?action&actor&clientId&from&to&cursor&limit (SPEC §9).
export const GET = apiHandler(async (request) => {
  const actor = await requireActor();
  return listAuditEvents(actor, Object.fromEntries(new URL(request.url).searchParams));
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
