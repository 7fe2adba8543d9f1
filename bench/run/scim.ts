import postgres from "postgres";
import { BENCH_AGENCY_SLUG } from "../bench-accounts";
import { request } from "./http";
import type { Session } from "./targets";

export type ScimResult = {
  users: number;
  createMs: number;
  createsPerSecond: number;
  pageMs: { first: number; median: number; p95: number; last: number; lastOutOfOrder: number };
  pages: number;
};

const USERS = 10_000;
const CREATES = 1_000;
const PAGE = 100;
const CONCURRENCY = 4;
const PREFIX = "scim-bench-";

/**
 * `--only scim`: the agency's staff directory with 10,000 users — 9,000 written straight into the
 * tables, then 1,000 created through POST /Users as an IdP's initial sync does (timed) — then every
 * page of 100 walked in order as IdPs import (each timed: page 100 should cost what page 1 does),
 * and page 100 once more out of order (the OFFSET fallback). Everything it wrote is removed after.
 */
export async function measureScim(s: Session, url: string): Promise<ScimResult> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const host = s.server.appHost;
  try {
    await sql`delete from scim_directories d using agencies a where a.id = d.agency_id and a.slug = ${BENCH_AGENCY_SLUG} and d.client_id is null`;
    await sql`delete from users where email like ${PREFIX + "%"}`;
    const created = await api(s, "POST", "/api/v1/scim-directories", "{}");
    const { id: directoryId, token } = JSON.parse(created.body.toString()) as { id: string; token: string };
    await sql`insert into users (agency_id, kind, email, name, role)
      select a.id, 'agency', ${PREFIX} || g || '@bench.test', 'Bench ' || g, 'member'
      from agencies a, generate_series(1, ${USERS - CREATES}) g where a.slug = ${BENCH_AGENCY_SLUG}`;
    await sql`insert into scim_users (user_id, agency_id, directory_id, user_name)
      select u.id, u.agency_id, ${directoryId}, u.email from users u where u.email like ${PREFIX + "%"}`;
    await sql`analyze users`;
    await sql`analyze scim_users`;

    const scim = (method: string, path: string, body?: string) =>
      request({
        port: s.server.port,
        host,
        path: `/api/scim/v2${path}`,
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/scim+json" },
        body,
      });
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CREATES) {
          const n = USERS - CREATES + ++next;
          const reply = await scim(
            "POST",
            "/Users",
            JSON.stringify({
              userName: `${PREFIX}${n}@bench.test`,
              name: { givenName: "Bench", familyName: String(n) },
            }),
          );
          if (reply.status !== 201) throw new Error(`SCIM create answered ${reply.status}: ${reply.body}`);
        }
      }),
    );
    const createMs = performance.now() - t0;

    const times: number[] = [];
    for (let start = 1; ; start += PAGE) {
      const t = performance.now();
      const reply = await scim("GET", `/Users?startIndex=${start}&count=${PAGE}`);
      times.push(performance.now() - t);
      const page = JSON.parse(reply.body.toString()) as { totalResults: number; itemsPerPage: number };
      if (start + PAGE > page.totalResults || page.itemsPerPage === 0) break;
    }
    const t = performance.now();
    await scim(
      "GET",
      `/Users?startIndex=${(times.length - 1) * PAGE + 1}&count=${PAGE}&filter=${encodeURIComponent("active eq true")}`,
    );
    const lastOutOfOrder = performance.now() - t;
    const sorted = [...times].sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return {
      users: USERS,
      createMs: Math.round(createMs),
      createsPerSecond: Math.round((CREATES / createMs) * 1000),
      pages: times.length,
      pageMs: {
        first: round(times[0]),
        median: round(sorted[Math.floor(sorted.length / 2)]),
        p95: round(sorted[Math.floor(sorted.length * 0.95)]),
        last: round(times[times.length - 1]),
        lastOutOfOrder: round(lastOutOfOrder),
      },
    };
  } finally {
    await sql`delete from scim_directories d using agencies a where a.id = d.agency_id and a.slug = ${BENCH_AGENCY_SLUG} and d.client_id is null`;
    await sql`delete from users where email like ${PREFIX + "%"}`;
    await sql.end();
  }
}

function api(s: Session, method: string, path: string, body: string) {
  return request({
    port: s.server.port,
    host: s.server.appHost,
    path,
    method,
    headers: { cookie: s.staff, origin: `http://${s.server.appHost}`, "content-type": "application/json" },
    body,
  }).then((reply) => {
    if (reply.status >= 300) throw new Error(`${method} ${path} answered ${reply.status}: ${reply.body}`);
    return reply;
  });
}
