import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { recordDenial } from "@/lib/audit/record-denial";
import { bearerSecret, runAsApiKey } from "@/lib/auth/api-key-context";
import { authenticateApiKey, getActor } from "@/lib/auth/current-actor";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { consumeApiKeyRequest } from "@/lib/rate-limit/api-key-limit";
import { zodMessage } from "@/lib/validation";
import { readCappedText } from "./read-capped-text";
import { gateRequest } from "./request-gate";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, context: RouteContext<P>) => Promise<Response | unknown>;

// Every handler apiHandler returns, so a test can prove no /api/v1 export skips the gate.
const gatedHandlers = new WeakSet<object>();
export const isGatedHandler = (value: unknown): boolean => typeof value === "function" && gatedHandlers.has(value);

/**
 * Every /api/v1 handler is wrapped by this, and it is the JSON transport's one gate and error
 * mapper (SPEC §9): the origin and content-type gate (./request-gate.ts) runs before the verb;
 * AppError → its status and {"error":{"code","message"}}; anything unknown → 500 without its
 * message. A 403 for a signed-in actor is also recorded as `access_denied`. Every answer is
 * `private, no-store`: it is one signed-in viewer's data, which no shared cache may keep.
 */
export function apiHandler<P = Record<string, string>>(handler: Handler<P>) {
  const gated = async (request: Request, context: RouteContext<P>): Promise<Response> =>
    noStore(await respond(handler, request, context));
  gatedHandlers.add(gated);
  return gated;
}

async function respond<P>(handler: Handler<P>, request: Request, context: RouteContext<P>): Promise<Response> {
  const refused = gateRequest(request, getConfig().appUrl);
  if (refused) return errorResponse(refused);
  const secret = bearerSecret(request);
  if (secret === null) return run(handler, request, context);
  // A key acts through the same verbs as its creator's session would, narrowed (SPEC §12); the
  // whole answer, access_denied record included, runs as the key.
  try {
    const actor = secret ? await authenticateApiKey(request, secret) : null;
    if (!actor)
      return errorResponse(new AppError("unauthenticated", "The API key is not valid, has expired or was revoked."));
    const limit = await consumeApiKeyRequest(actor.apiKey!.id, actor.apiKey!.rateLimitPerMinute);
    const response = limit.allowed
      ? await runAsApiKey(actor, () => run(handler, request, context))
      : errorResponse(new AppError("rate_limited", "Too many requests for this API key. Try again later."));
    for (const [name, value] of Object.entries(limit.headers)) response.headers.set(name, value);
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}

async function run<P>(handler: Handler<P>, request: Request, context: RouteContext<P>): Promise<Response> {
  try {
    const result = await handler(request, context);
    return result instanceof Response ? result : NextResponse.json(result);
  } catch (error) {
    if (error instanceof AppError && error.code === "forbidden") await recordForbidden(request);
    return errorResponse(error);
  }
}

function noStore(response: Response): Response {
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

// Never lets the record change the answer: a failure to write it is logged, the 403 still goes out.
async function recordForbidden(request: Request) {
  try {
    const actor = await getActor();
    if (actor) await recordDenial(actor, { method: request.method, path: new URL(request.url).pathname });
  } catch (error) {
    console.error("[api] could not record access_denied", error);
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } },
      { status: error.status },
    );
  }
  if (error instanceof ZodError) {
    return NextResponse.json({ error: { code: "validation_failed", message: zodMessage(error) } }, { status: 422 });
  }
  console.error("[api] unexpected error", error);
  return NextResponse.json({ error: { code: "internal_error", message: "Something went wrong." } }, { status: 500 });
}

/**
 * Parses a JSON body; malformed JSON is a 400 in the §9 shape, never a stack trace. With
 * `maxBytes`, a larger body is a 413 and is never held whole in memory (the ingestion routes).
 */
export async function readJson(request: Request, opts: { maxBytes?: number } = {}): Promise<unknown> {
  // Decoded keeping a leading byte order mark (as the capped reader does): JSON.parse refuses it, on
  // every route alike, where Request.text() would drop it and let "\uFEFF{}" pass as "{}".
  const text =
    opts.maxBytes === undefined
      ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(await request.arrayBuffer())
      : await readCappedText(request, opts.maxBytes);
  if (text === null) throw new AppError("payload_too_large", `The request body is larger than ${opts.maxBytes} bytes.`);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * A route file's one line for the methods it does not implement, named by the ones it does:
 * `export const { POST, PUT } = unsupportedMethods("GET", "PATCH", "DELETE");`. Each answers 405
 * in the §9 shape with `Allow`; naming an implemented method on the left does not type-check.
 */
export function unsupportedMethods<const A extends Method>(
  ...allowed: A[]
): Record<Exclude<Method, A>, ReturnType<typeof methodNotAllowed>> {
  const refused = methodNotAllowed(allowed);
  const all: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
  return Object.fromEntries(all.filter((m) => !allowed.includes(m as A)).map((m) => [m, refused])) as Record<
    Exclude<Method, A>,
    typeof refused
  >;
}

/** The 405 answer in the §9 shape, naming the methods this path does take. */
export function methodNotAllowed(allowed: string[]) {
  return apiHandler(async () =>
    NextResponse.json(
      { error: { code: "method_not_allowed", message: `Use ${allowed.join(" or ")} on this path.` } },
      { status: 405, headers: { Allow: allowed.join(", ") } },
    ),
  );
}
