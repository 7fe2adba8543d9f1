import { request } from "./http";

export type DeepPage = { path: string; pages: number; seconds: number } | { path: null; reason: string };

/**
 * Walks the calls list by its "Next page" links, as a person paging through would, and returns
 * the URL `pages` pages deep. The cursor's format is the list's business: we only follow links.
 */
export async function followNextLinks(
  port: number,
  host: string,
  cookie: string,
  startPath: string,
  pages: number,
): Promise<DeepPage> {
  const started = Date.now();
  let path = startPath;
  for (let page = 0; page < pages; page++) {
    const reply = await request({ port, host, path, headers: { cookie } });
    if (reply.status !== 200) return { path: null, reason: `page ${page + 1} answered ${reply.status}` };
    const next = nextLink(reply.body.toString("utf8"));
    if (!next)
      return { path: null, reason: `no "Next page" link on page ${page + 1} (fewer calls than ${pages} pages?)` };
    path = next;
  }
  return { path, pages, seconds: (Date.now() - started) / 1000 };
}

/** The href of the anchor labelled "Next page" (or rel="next"), entity-decoded. */
export function nextLink(html: string): string | null {
  for (const match of html.matchAll(/<a\b([^>]*)>/g)) {
    const attrs = match[1];
    if (!/aria-label="Next page"|rel="next"/.test(attrs)) continue;
    const href = /href="([^"]*)"/.exec(attrs)?.[1];
    if (href) return href.replace(/&amp;/g, "&");
  }
  return null;
}
