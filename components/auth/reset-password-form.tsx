"use client";

import { Loader2 } from "lucide-react";
import { resetPasswordAction } from "@/app/actions/accounts";
import { Button } from "@/components/ui/button";
import { FormMessage } from "./form-message";
import { PasswordFields } from "./password-fields";
import { useAccountForm } from "./use-account-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const { state, onSubmit, busy } = useAccountForm(resetPasswordAction);
  return (
    <form onSubmit={onSubmit} className="grid gap-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage error={state.error} notice={state.notice} />
      {!state.done && (
        <>
          <PasswordFields label="New password" />
          <Button type="submit" disabled={busy} className="w-full">
            {busy && <Loader2 className="animate-spin" aria-hidden />}
            Set new password
          </Button>
        </>
      )}
      {state.done && (
        <a href="/login" className="text-center text-sm font-medium underline-offset-4 hover:underline">
          Go to sign in
        </a>
      )}
    </form>
  );
}
