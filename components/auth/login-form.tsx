"use client";

import { useActionState, useEffect, useState } from "react";
import { Loader2 } from "lucide-react";
import { signInAction, type SignInResult } from "@/app/actions/sign-in";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SsoOffer } from "./sso-offer";

export function LoginForm({ next, notice }: { next?: string; notice?: string }) {
  const [state, action, pending] = useActionState<SignInResult | null, FormData>(signInAction, null);
  // Kept here, so a refused attempt leaves the email in place when React resets the form.
  const [email, setEmail] = useState("");
  const redirectTo = state?.ok ? state.data.redirectTo : undefined;
  useEffect(() => {
    // The action already checked it; checked again where the navigation happens, against the
    // origin the browser is really on.
    const target = safeRedirectPath(redirectTo, window.location.origin);
    if (target) window.location.assign(target);
  }, [redirectTo]);
  const message = (state && !state.ok ? state.error : undefined) ?? notice;
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="next" value={next ?? "/"} />
      {message && (
        <p
          data-testid="login-error"
          role="status"
          className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
        >
          {message}
        </p>
      )}
      <div className="grid gap-2">
        <Label htmlFor="email">Email</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoFocus
        />
      </div>
      <SsoOffer email={email} />
      <div className="grid gap-2">
        <div className="flex items-center justify-between">
          <Label htmlFor="password">Password</Label>
          <a href="/forgot-password" className="text-xs text-muted-foreground underline-offset-4 hover:underline">
            Forgot password?
          </a>
        </div>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <Button type="submit" disabled={pending || Boolean(redirectTo)} className="w-full">
        {(pending || redirectTo) && <Loader2 className="animate-spin" aria-hidden />}
        Sign in
      </Button>
    </form>
  );
}
