import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Actor } from "@/lib/authz/actor";

// The actor of an API key, set by apiHandler only (lib/http/api-handler.ts) for the handler it
// runs: pages and server actions never run inside it, so a key never reaches them (SPEC §12).
const keyActor = new AsyncLocalStorage<Actor>();

export const runAsApiKey = <T>(actor: Actor, fn: () => T): T => keyActor.run(actor, fn);
export const currentApiKeyActor = (): Actor | null => keyActor.getStore() ?? null;

/** The secret of `Authorization: Bearer <secret>`, or null when the request carries none. */
export function bearerSecret(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return header === null ? null : (match?.[1] ?? "");
}
