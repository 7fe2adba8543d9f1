import { ZodError } from "zod";
import type { Provider } from "./event-identity";
import type { NormaliseResult } from "./normalised-call";
import { normaliseRetell } from "./normalise-retell";
import { normaliseVapi } from "./normalise-vapi";

/** A body that will never become a call, whatever is retried: kept with this message. */
export class MalformedEvent extends Error {}

export function normaliseEvent(provider: Provider, payload: unknown): NormaliseResult {
  try {
    return provider === "retell" ? normaliseRetell(payload) : normaliseVapi(payload);
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      throw new MalformedEvent(`${issue.path.join(".") || "body"}: ${issue.message}`);
    }
    throw new MalformedEvent(error instanceof Error ? error.message : "The event could not be read.");
  }
}
