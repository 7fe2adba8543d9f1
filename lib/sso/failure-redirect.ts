/**
 * Where a failed sign-in lands: the host's own login page, which shows the plain message for the
 * reason code (never text taken from the URL, so a crafted link cannot put words on the page).
 */
export function failureRedirect(origin: string, reason: string): Response {
  const url = new URL("/login", origin);
  url.searchParams.set("sso_error", reason);
  return Response.redirect(url, 303);
}
