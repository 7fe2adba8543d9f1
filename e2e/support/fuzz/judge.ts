import type { FuzzCase } from "./cases";
import { jsonOf, type RawResponse } from "./send";

export type Verdict = "ok" | "server_error" | "bad_shape" | "accepted" | "no_answer";

/**
 * What a fuzz answer must look like: never a 5xx; under /api/v1 a refusal is SPEC §9's
 * {"error":{"code","message"}}; and a write is never accepted, because every write case either
 * names rows that are not the caller's or carries a body invalid by construction.
 */
export function judge(c: FuzzCase, res: RawResponse | Error): Verdict {
  if (res instanceof Error) return "no_answer";
  if (res.status >= 500 || res.status === 0) return "server_error";
  // A ".." segment may lead out of /api/v1 (the URL parser resolves it): then the page's 404 is right.
  if (!new URL(c.path, "http://fuzz.invalid").pathname.startsWith("/api/v1/")) return "ok";
  // 416 is HTTP Range's own answer (with Content-Range), not an API error.
  if (res.status >= 400 && !(res.status === 416 && c.route.endsWith("/recording"))) {
    const error = (jsonOf(res.text) as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    return typeof error?.code === "string" && typeof error.message === "string" ? "ok" : "bad_shape";
  }
  if (c.method !== "GET" && res.status < 300) return "accepted";
  return "ok";
}

/** The case as a reader can replay it: method, host, path, headers and (the head of) the body. */
export function describeCase(c: FuzzCase, host: string, res: RawResponse | Error): string {
  const body = c.body === undefined ? "" : `\n  body (${c.body.length} chars): ${JSON.stringify(c.body.slice(0, 400))}`;
  const answer = res instanceof Error ? `error: ${res.message}` : `${res.status} ${res.text.slice(0, 300)}`;
  return (
    `${res instanceof Error ? "no answer" : res.status} ${c.method} http://${host}${c.path.slice(0, 300)}${c.path.length > 300 ? "…" : ""}  [session ${c.session}]` +
    `\n  headers: ${JSON.stringify(c.headers)}${body}\n  answer: ${answer}`
  );
}
