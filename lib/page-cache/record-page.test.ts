import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredPage } from "./page-store";
import { joinAround, recordPage, splitAround } from "./record-page";

const NONCE = "bm9uY2Utb2YtdGhpcy1yZW5kZXI=";
let kept: StoredPage | null = null;
let respond: (res: ServerResponse) => void = () => {};
const server = createServer((_req, res) => {
  kept = null;
  recordPage(res, (page) => (kept = page));
  respond(res);
});
let origin = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** One request; resolves once the server has decided whether to keep the answer. */
async function served(handler: (res: ServerResponse) => void) {
  respond = handler;
  const response = await fetch(origin);
  const body = await response.text();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { body, kept: kept as StoredPage | null };
}

const html = (res: ServerResponse) => {
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("content-security-policy", `script-src 'nonce-${NONCE}'`);
};

describe("recordPage", () => {
  it("keeps a streamed 200 page as sent, cut where the nonce stood, without per-connection headers", async () => {
    const { body, kept } = await served((res) => {
      html(res);
      res.write(`<script nonce="${NONCE}">a</script>`);
      res.write(Buffer.from("<p>middle</p>"));
      res.end(`<script nonce="${NONCE}">b</script>`);
    });
    expect(kept).not.toBeNull();
    expect(kept!.nonce).toBe(NONCE);
    expect(kept!.parts).toHaveLength(3);
    expect(joinAround(kept!.parts, Buffer.from(NONCE)).toString()).toBe(body);
    expect(joinAround(kept!.parts, Buffer.from("fresh")).toString()).not.toContain(NONCE);
    const names = kept!.headers.map(([name]) => name);
    expect(names).toContain("content-security-policy");
    expect(names).not.toContain("date");
    expect(names).not.toContain("transfer-encoding");
  });

  it("keeps headers given to writeHead as well", async () => {
    const { kept } = await served((res) => {
      res.writeHead(200, { "Content-Type": "text/x-component", Vary: "rsc" });
      res.end("0:{}");
    });
    expect(kept!.headers).toEqual(expect.arrayContaining([["vary", "rsc"]]));
    expect(kept!.nonce).toBeNull();
  });

  it("keeps nothing that is not a whole, plain 200 page", async () => {
    const refusals: ((res: ServerResponse) => void)[] = [
      (res) => {
        html(res);
        res.statusCode = 404;
        res.end("not found");
      },
      (res) => {
        html(res);
        res.setHeader("set-cookie", "a=b");
        res.end("<p>cookie</p>");
      },
      (res) => {
        html(res);
        // Any coding: the fetch below would try to undo a real one.
        res.setHeader("content-encoding", "x-packed");
        res.end("zipped");
      },
      (res) => {
        res.setHeader("content-type", "application/json");
        res.end("{}");
      },
      (res) => {
        html(res);
        res.end('<template data-dgst="123"></template>');
      },
      (res) => {
        html(res);
        res.end('<script>self.__next_f.push([1,"5:E{\\"digest\\":\\"1\\"}"])</script>');
      },
    ];
    for (const handler of refusals) expect((await served(handler)).kept).toBeNull();
  });
});

describe("splitAround and joinAround", () => {
  it("round-trip a body with the separator at either end and repeated", () => {
    const body = Buffer.from("XXa-XX-bXX");
    const parts = splitAround(body, Buffer.from("XX"));
    expect(parts.map(String)).toEqual(["", "a-", "-b", ""]);
    expect(joinAround(parts, Buffer.from("XX")).equals(body)).toBe(true);
    expect(String(joinAround(parts, Buffer.from("n")))).toBe("na-n-bn");
  });
});
