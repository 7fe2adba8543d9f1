import { CookieJar, request } from "./http";

/**
 * Signs in the way the browser's form does, through next-auth's credentials callback: fetch the
 * CSRF token (and its cookie), then post the credentials with it. Returns the Cookie header that
 * carries the session.
 */
export async function signIn(port: number, host: string, email: string, password: string): Promise<string> {
  const jar = new CookieJar();
  const csrf = await request({ port, host, path: "/api/auth/csrf" });
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf on ${host} answered ${csrf.status}`);
  jar.absorb(csrf.headers);
  const { csrfToken } = JSON.parse(csrf.body.toString("utf8")) as { csrfToken: string };
  const reply = await request({
    port,
    host,
    path: "/api/auth/callback/credentials",
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `http://${host}/` }).toString(),
  });
  jar.absorb(reply.headers);
  const session = jar.get("authjs.session-token");
  if (!session)
    throw new Error(
      `Sign-in as ${email} on ${host} failed (${reply.status} → ${reply.headers.location ?? "no redirect"}). Did npm run bench:seed run on this DATABASE_URL?`,
    );
  return `authjs.session-token=${session}`;
}
