import { requireActor } from "@/lib/auth/current-actor";
import { getAnalytics } from "@/lib/dal/calls/get-analytics";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";
import { queryOf } from "@/lib/http/search-params";

// GET /api/v1/portal/analytics?days=7|30|90 or ?from=YYYY-MM-DD&to=YYYY-MM-DD (UTC days, inclusive).
export const GET = apiHandler(async (request) => getAnalytics(await requireActor(), queryOf(request)));

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
