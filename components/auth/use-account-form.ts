"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { AccountFormState } from "@/app/actions/accounts";

type Action = (state: AccountFormState, form: FormData) => Promise<AccountFormState>;

/**
 * Submits an account form and follows the path the action hands back with a full navigation
 * (see app/actions/accounts.ts). The navigation runs in the submit handler's own closure: an
 * action that signs in sets a cookie, Next re-renders the page, and a page that now shows
 * something else (an invitation just used) would unmount a form waiting in an effect.
 */
export function useAccountForm(action: Action) {
  const [state, setState] = useState<AccountFormState>({});
  const [pending, start] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    start(async () => {
      const result = await action(state, form);
      if (result.redirectTo) window.location.assign(result.redirectTo);
      setState(result);
    });
  };
  return { state, onSubmit, busy: pending || Boolean(state.redirectTo) };
}
