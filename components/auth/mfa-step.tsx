"use client";

import { useActionState, useEffect, useState, useTransition } from "react";
import { startAuthentication } from "@simplewebauthn/browser";
import { KeyRound, Loader2 } from "lucide-react";
import {
  passkeySignInOptionsAction,
  verifyPasskeySignInAction,
  verifySecondFactorAction,
  type MfaSignInResult,
} from "@/app/actions/mfa-sign-in";
import type { MfaStepView } from "@/lib/auth/mfa/load-mfa-step";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { FormMessage } from "@/components/auth/form-message";
import { RecoveryCodesList } from "@/components/auth/recovery-codes-list";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { TotpQrCode } from "@/components/auth/totp-qr-code";

/** The second step of sign-in: a code, a passkey, or enrolling an authenticator app when required. */
export function MfaStep({ view, next }: { view: MfaStepView; next?: string }) {
  const [state, action, pending] = useActionState<MfaSignInResult | null, FormData>(verifySecondFactorAction, null);
  const [passkeyResult, setPasskeyResult] = useState<MfaSignInResult | null>(null);
  const [passkeyPending, startPasskey] = useTransition();
  const result = passkeyResult ?? state;
  const done = result?.ok ? result.data : undefined;
  const [continuing, setContinuing] = useState(false);
  // Recovery codes from an enrolment wait for "Continue"; any other success navigates at once.
  const leaving = continuing || Boolean(done && !done.recoveryCodes);
  useEffect(() => {
    if (done && !done.recoveryCodes) navigate(done.redirectTo);
  }, [done]);

  if (done?.recoveryCodes) {
    return (
      <div className="grid gap-4">
        <RecoveryCodesList codes={done.recoveryCodes} />
        <Button
          onClick={() => {
            setContinuing(true);
            navigate(done.redirectTo);
          }}
          disabled={leaving}
        >
          {leaving && <Loader2 className="animate-spin" aria-hidden />}I have saved my codes — continue
        </Button>
      </div>
    );
  }
  // Finished (the action also ended the challenge, so the page re-renders as "expired" behind us).
  if (done) {
    return (
      <p role="status" className="flex items-center justify-center gap-2 text-sm text-muted-foreground">
        <Loader2 className="animate-spin" aria-hidden />
        {done.recoveryCodesLeft !== undefined
          ? `Recovery code used: ${done.recoveryCodesLeft} left. Signing you in…`
          : "Signing you in…"}
      </p>
    );
  }
  if (view.state === "expired") {
    return (
      <div className="grid gap-4">
        <FormMessage error="This sign-in has expired. Sign in again." />
        <Button asChild>
          <a href="/login">Back to sign in</a>
        </Button>
      </div>
    );
  }
  const error = result && !result.ok ? result.error : undefined;
  const usePasskey = () =>
    startPasskey(async () => {
      const options = await passkeySignInOptionsAction();
      if (!options.ok) return setPasskeyResult(options);
      try {
        const response = await startAuthentication(options.data.options as Parameters<typeof startAuthentication>[0]);
        setPasskeyResult(await verifyPasskeySignInAction(response, next ?? "/"));
      } catch {
        setPasskeyResult({ ok: false, code: "validation_failed", error: "The passkey was not used. Try again." });
      }
    });

  return (
    <div className="grid gap-4">
      <FormMessage error={error} />
      {view.state === "enrol" ? (
        <div className="grid gap-3 text-sm">
          <p>
            Your organisation requires a second sign-in step. Scan this code with an authenticator app, then enter the
            6-digit code it shows.
          </p>
          <TotpQrCode qrDataUrl={view.qrDataUrl} secret={view.secret} />
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">
          {view.totp
            ? "Enter the 6-digit code from your authenticator app"
            : view.passkey
              ? "Use your passkey to finish signing in"
              : "Enter one of your recovery codes"}
          {view.totp && view.recoveryCodes ? ", or one of your recovery codes." : "."}
        </p>
      )}
      {(view.state === "enrol" || view.totp || view.recoveryCodes) && (
        <form action={action} className="grid gap-4" noValidate>
          <input type="hidden" name="next" value={next ?? "/"} />
          <input type="hidden" name="mode" value={view.state === "enrol" ? "enrol" : "code"} />
          <div className="grid gap-2">
            <Label htmlFor="code">{view.state === "enrol" || view.totp ? "Code" : "Recovery code"}</Label>
            <Input
              id="code"
              name="code"
              autoComplete="one-time-code"
              inputMode={view.state === "enrol" ? "numeric" : "text"}
              required
              autoFocus
              maxLength={64}
            />
          </div>
          <Button type="submit" disabled={pending || Boolean(done) || leaving} className="w-full">
            {(pending || leaving) && <Loader2 className="animate-spin" aria-hidden />}
            Verify
          </Button>
        </form>
      )}
      {view.state === "verify" && view.passkey && (
        <Button type="button" variant="outline" onClick={usePasskey} disabled={passkeyPending || leaving}>
          {passkeyPending ? <Loader2 className="animate-spin" aria-hidden /> : <KeyRound aria-hidden />}
          Use a passkey
        </Button>
      )}
      <a href="/login" className="text-center text-xs text-muted-foreground underline-offset-4 hover:underline">
        Sign in as someone else
      </a>
    </div>
  );
}

/** A full navigation (through proxy.ts, which maps portal hosts), only to a path on this origin. */
function navigate(target: string) {
  const safe = safeRedirectPath(target, window.location.origin);
  if (safe) window.location.assign(safe);
}
