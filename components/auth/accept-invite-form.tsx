"use client";

import { Loader2 } from "lucide-react";
import { acceptInviteAction } from "@/app/actions/accounts";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FormMessage } from "./form-message";
import { PasswordFields } from "./password-fields";
import { useAccountForm } from "./use-account-form";

/** Name and password for the invited email; the email itself is fixed by the invitation. */
export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const { state, onSubmit, busy } = useAccountForm(acceptInviteAction);
  return (
    <form onSubmit={onSubmit} className="grid gap-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      <FormMessage error={state.error} notice={state.notice} />
      <div className="grid gap-2">
        <Label htmlFor="invited-email">Email</Label>
        <Input id="invited-email" value={email} readOnly disabled />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="name">Your name</Label>
        <Input id="name" name="name" autoComplete="name" required maxLength={120} autoFocus />
      </div>
      <PasswordFields />
      <Button type="submit" disabled={busy || state.done} className="w-full">
        {busy && <Loader2 className="animate-spin" aria-hidden />}
        Create account
      </Button>
      {state.done && (
        <a href="/login" className="text-center text-sm font-medium underline-offset-4 hover:underline">
          Go to sign in
        </a>
      )}
    </form>
  );
}
