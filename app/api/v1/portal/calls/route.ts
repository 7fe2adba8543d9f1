import { requireActor } from "@/lib/auth/current-actor";
import { listCalls } from "@/lib/dal/calls/list-calls";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";
import { queryOf } from "@/lib/http/search-params";

// GET /api/v1/portal/calls?cursor&limit&from&to&agentId&direction&status&outcome&sentiment&reviewStatus&minDuration&maxDuration&q
export const GET = apiHandler(async (request) => listCalls(await requireActor(), queryOf(request)));

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
