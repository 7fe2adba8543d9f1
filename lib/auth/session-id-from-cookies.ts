import "server-only";
import { getToken } from "next-auth/jwt";

/**
 * The server-side session id carried by the Auth.js session cookie, or null when there is no
 * valid one. Decrypts the cookie once with Auth.js's own JWT reader instead of calling `auth()`,
 * which also re-encrypts a refreshed cookie on every call (~4 ms a request here, measured by
 * npm run bench) that server components cannot even set. Nothing is lost: the JWT only carries
 * the session id, and the session row (expiry, revocation, user status) is checked on every
 * request in load-actor.ts; the row and the cookie both end SESSION_MAX_AGE after sign-in.
 *
 * Only the Cookie header is read (never an Authorization header), under the HTTPS cookie name
 * first and then the plain one, exactly the two names Auth.js writes.
 */
export async function sessionIdFromCookies(cookieHeader: string, secret: string): Promise<string | null> {
  if (!cookieHeader.includes("authjs.session-token")) return null;
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req: { headers: { cookie: cookieHeader } }, secret, secureCookie });
    if (token) return typeof token.sid === "string" ? token.sid : null;
  }
  return null;
}
