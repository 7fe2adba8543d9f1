import { NextResponse } from "next/server";
import { notFound } from "@/lib/errors";
import { classifyHost, hostSettingsFromEnv } from "@/lib/hosts";
import { errorResponse, unsupportedMethods } from "@/lib/http/api-handler";
import { readCappedText } from "@/lib/http/read-capped-text";
import { receiveProviderWebhook } from "@/lib/jobs/ingest/receive-provider-webhook";

type Params = { provider: string; webhookId: string };

// A call's final event with a word-level transcript is well under a megabyte.
const MAX_WEBHOOK_BYTES = 4 * 1024 * 1024;

/**
 * POST /api/ingest/{provider}/{webhookId}: a voice provider's webhook (SPEC §13). Not an /api/v1
 * route: no session or key, the provider's signature is the credential (checked in the verb).
 * Served on APP_URL only; on a portal host or custom domain the path does not exist, so the
 * platform's endpoint never shows through an agency's brand.
 */
export async function POST(request: Request, { params }: { params: Promise<Params> }) {
  try {
    const { appHost, portalRootDomain } = hostSettingsFromEnv();
    if (classifyHost(request.headers.get("host"), appHost, portalRootDomain).kind !== "app") throw notFound();
    const rawBody = await readCappedText(request, MAX_WEBHOOK_BYTES);
    if (rawBody === null)
      return NextResponse.json(
        { error: { code: "payload_too_large", message: `Webhook bodies are limited to ${MAX_WEBHOOK_BYTES} bytes.` } },
        { status: 413 },
      );
    const { provider, webhookId } = await params;
    const { stored } = await receiveProviderWebhook({ provider, webhookId, rawBody, headers: request.headers });
    return NextResponse.json({ received: true, duplicate: !stored }, { status: 200 });
  } catch (error) {
    return errorResponse(error);
  }
}

export const { GET, PUT, PATCH, DELETE } = unsupportedMethods("POST");
