import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/current-actor";
import { requireStaff } from "@/lib/authz/guards";
import { createApiKey } from "@/lib/dal/api-keys/create-api-key";
import { createdKeyAnswer } from "@/lib/dal/api-keys/key-dto";
import { listApiKeys } from "@/lib/dal/api-keys/list-api-keys";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

// The agency's own keys (SPEC §12); a client's keys live under /api/v1/portal/api-keys.
export const GET = apiHandler(async () => {
  const actor = requireStaff(await requireActor(), "settings.manage");
  return { items: await listApiKeys(actor), nextCursor: null };
});

export const POST = apiHandler(async (request) => {
  const actor = requireStaff(await requireActor(), "settings.manage");
  return NextResponse.json(createdKeyAnswer(await createApiKey(actor, await readJson(request))), { status: 201 });
});

export const { PUT, PATCH, DELETE } = unsupportedMethods("GET", "POST");
