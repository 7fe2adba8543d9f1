import "server-only";
import { NextResponse } from "next/server";
import { signIn } from "@/auth";
import type { RequestMeta } from "@/lib/authz/actor";
import { completeSsoSignIn, dryRunSsoSignIn, markTested, refuse } from "./complete-sso-sign-in";
import type { SsoConnection } from "./find-connection";
import type { SsoPurpose } from "./sign-in-requests";
import { SsoFailure, type SsoClaims } from "./sso-claims";
import { failureRedirect } from "./failure-redirect";
import { testResultPage } from "./test-result-page";

/**
 * Both protocols end here once the IdP's answer is read (or refused): a test reports, a sign-in
 * trades the hand-off token for the session cookie through the same Auth.js step as previews.
 */
export async function handleSsoResult(
  connection: SsoConnection,
  origin: string,
  meta: RequestMeta,
  outcome: { claims: SsoClaims; purpose: SsoPurpose } | { failure: SsoFailure; purpose: SsoPurpose },
): Promise<Response> {
  if ("failure" in outcome) {
    await refuse(connection, null, meta, outcome.failure);
    if (outcome.purpose === "test")
      return testResultPage({ ok: false, reason: outcome.failure.reason, detail: outcome.failure.detail });
    return failureRedirect(origin, outcome.failure.reason);
  }
  const { claims } = outcome;
  if (outcome.purpose === "test") {
    const verdict = await dryRunSsoSignIn(connection, claims, meta);
    // Only a test that would have signed the person in makes SSO-only possible.
    if (verdict.ok) await markTested(connection);
    return testResultPage(
      verdict.ok ? { ok: true, claims: claims.raw } : { ok: false, reason: verdict.reason, claims: claims.raw },
    );
  }
  const result = await completeSsoSignIn(connection, claims, meta);
  if (!result.ok) return failureRedirect(origin, result.reason);
  await signIn("preview-handoff", { token: result.handoffToken, redirect: false });
  // NextResponse (mutable headers): the session cookie Auth.js just set is added to this answer.
  return NextResponse.redirect(new URL(connection.clientId ? "/" : "/agency", origin), 303);
}
