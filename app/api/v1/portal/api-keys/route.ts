import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/current-actor";
import { requireClient } from "@/lib/authz/guards";
import { createApiKey } from "@/lib/dal/api-keys/create-api-key";
import { createdKeyAnswer } from "@/lib/dal/api-keys/key-dto";
import { listApiKeys } from "@/lib/dal/api-keys/list-api-keys";
import { apiHandler, readJson, unsupportedMethods } from "@/lib/http/api-handler";

// A client's own keys (SPEC §12): its admins, while the agency allows client keys.
export const GET = apiHandler(async () => {
  const actor = requireClient(await requireActor(), "settings.manage");
  return { items: await listApiKeys(actor), nextCursor: null };
});

export const POST = apiHandler(async (request) => {
  const actor = requireClient(await requireActor(), "settings.manage", { write: true });
  return NextResponse.json(createdKeyAnswer(await createApiKey(actor, await readJson(request))), { status: 201 });
});

export const { PUT, PATCH, DELETE } = unsupportedMethods("GET", "POST");
