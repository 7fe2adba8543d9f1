import type { HttpActor, Outcome } from "./http-actor";

// A case is one request by one actor, the statuses the SPEC allows for it, and optional body
// checks ("a field the viewer may not see is ABSENT"). The runner sends them a few at a time
// and collects every disagreement instead of stopping at the first, so one run shows them all.

export type Case = {
  /** The inventory key this case exercises (coverage: every classified endpoint gets cases). */
  key: string;
  actor: HttpActor;
  method: string;
  path: string;
  body?: unknown;
  raw?: string;
  host?: string;
  headers?: Record<string, string>;
  expect: number[];
  /** Returns what is wrong with a response whose status was expected, or nothing. */
  check?: (o: Outcome) => string | undefined | false;
  label: string;
};

export const RANDOM_UUID = "7f3c2a10-0b1e-4c5d-8e9f-0a1b2c3d4e5f";

export async function runCases(cases: Case[], concurrency = 4): Promise<string[]> {
  const mismatches: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++];
      let o: Outcome;
      try {
        o = await c.actor.send(c.method, c.path, { body: c.body, raw: c.raw, host: c.host, headers: c.headers });
      } catch (error) {
        mismatches.push(`${c.label}: request failed: ${(error as Error).message}`);
        continue;
      }
      if (!c.expect.includes(o.status)) {
        mismatches.push(
          `${c.label}: expected ${c.expect.join("|")}, got ${o.status} ${o.text.slice(0, 160).replace(/\s+/g, " ")}`,
        );
        continue;
      }
      const problem = c.check?.(o);
      if (problem) mismatches.push(`${c.label}: ${problem}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return mismatches;
}

/** Differences between two sets of names, or nothing. */
export function setDiff(label: string, actual: readonly string[], expected: readonly string[]): string | undefined {
  const missing = expected.filter((x) => !actual.includes(x));
  const extra = actual.filter((x) => !expected.includes(x));
  if (!missing.length && !extra.length) return undefined;
  return `${label}: ${missing.length ? `missing ${missing.join(", ")}` : ""}${missing.length && extra.length ? "; " : ""}${extra.length ? `unexpected ${extra.join(", ")}` : ""}`;
}

/** The hrefs of the first <nav aria-label="Main"> of a page. */
export function navHrefs(html: string): string[] {
  const nav = /<nav aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
  return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
}

/** Page text with the few entities React escapes turned back, so a stored string can be searched. */
export function unescapeHtml(html: string): string {
  return html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * A 307 to sign-in, or (once a page has started streaming behind a loading skeleton) a 200 whose
 * only content is Next's refresh to sign-in: either way nothing of the page is sent.
 */
export const redirectsToLogin = (o: Outcome) => {
  if (o.status === 307)
    return /\/login/.test(o.headers.location ?? "")
      ? undefined
      : `redirects to ${o.headers.location ?? "nowhere"} instead of the sign-in page`;
  return /<meta id="__next-page-redirect" http-equiv="refresh" content="\d+;url=\/login[^"]*"/.test(o.text)
    ? undefined
    : "answers 200 without sending the viewer to sign in";
};
export const LOGIN_REDIRECT = [307, 200];
