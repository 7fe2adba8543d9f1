"use client";

import { useActionState, useEffect } from "react";
import type { AccountFormState } from "@/app/actions/accounts";

type Action = (state: AccountFormState, form: FormData) => Promise<AccountFormState>;

/** useActionState plus the full-page navigation an account action asks for (see app/actions/accounts.ts). */
export function useAccountForm(action: Action) {
  const [state, formAction, pending] = useActionState<AccountFormState, FormData>(action, {});
  useEffect(() => {
    if (state.redirectTo) window.location.assign(state.redirectTo);
  }, [state.redirectTo]);
  return { state, formAction, busy: pending || Boolean(state.redirectTo) };
}
