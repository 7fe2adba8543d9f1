"use client";

import { Loader2 } from "lucide-react";
import { forgotPasswordAction } from "@/app/actions/accounts";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FormMessage } from "./form-message";
import { useAccountForm } from "./use-account-form";

export function ForgotPasswordForm() {
  const { state, onSubmit, busy } = useAccountForm(forgotPasswordAction);
  return (
    <form onSubmit={onSubmit} className="grid gap-4">
      <FormMessage error={state.error} notice={state.notice} />
      {!state.done && (
        <>
          <div className="grid gap-2">
            <Label htmlFor="email">Email</Label>
            <Input id="email" name="email" type="email" autoComplete="username" required autoFocus />
          </div>
          <Button type="submit" disabled={busy} className="w-full">
            {busy && <Loader2 className="animate-spin" aria-hidden />}
            Email me a link
          </Button>
        </>
      )}
      <a href="/login" className="text-center text-sm text-muted-foreground underline-offset-4 hover:underline">
        Back to sign in
      </a>
    </form>
  );
}
