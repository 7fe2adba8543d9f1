"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { AccountOutcome } from "@/app/actions/accounts";
import type { ActionResult } from "@/lib/actions/run-action";

type Action = (form: FormData) => Promise<ActionResult<AccountOutcome>>;

/** What an account form shows: the action's refusal or alert as an error, its notice, and whether it is done. */
export type AccountFormState = { error?: string; notice?: string; redirectTo?: string; done?: boolean };

const toFormState = (result: ActionResult<AccountOutcome>): AccountFormState =>
  result.ok
    ? {
        error: result.data.alert,
        notice: result.data.notice,
        redirectTo: result.data.redirectTo,
        done: result.data.done,
      }
    : { error: result.error };

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
      const result = toFormState(await action(form));
      if (result.redirectTo) window.location.assign(result.redirectTo);
      setState(result);
    });
  };
  return { state, onSubmit, busy: pending || Boolean(state.redirectTo) };
}
