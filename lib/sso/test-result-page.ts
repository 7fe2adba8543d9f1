/**
 * The page a console "Test sign-in" ends on, on the connection's own host: the claims received
 * or exactly why it failed. Plain HTML, no brand and no platform name; the admin closes the tab.
 */
export function testResultPage(result: { ok: boolean; reason?: string; detail?: string; claims?: unknown }) {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = result.ok
    ? `<h1>Test sign-in succeeded</h1><p>The connection works. Claims received:</p>`
    : `<h1>Test sign-in failed</h1><p>Reason: <code id="reason">${escape(result.reason ?? "unknown")}</code></p>${
        result.detail ? `<p>${escape(result.detail)}</p>` : ""
      }${result.claims ? "<p>Claims received:</p>" : ""}`;
  const claims = result.claims ? `<pre id="claims">${escape(JSON.stringify(result.claims, null, 2))}</pre>` : "";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test sign-in</title><meta name="robots" content="noindex"></head><body style="font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem">${body}${claims}</body></html>`;
  return new Response(html, {
    status: result.ok ? 200 : 400,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
