import type { ActionResult } from "./run-action";

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

/** How a component wants one action's outcome shown; every field is optional. */
export type RunOptions<T> = {
  /**
   * The success toast: a text, one made from the data, or false for none; `{ error }` for an action
   * that ran but reports a failed check (a test event refused). Default: the action's own message.
   */
  success?: string | false | ((data: T) => string | false | { error: string });
  /** After a success, before the page refreshes or navigates: close a dialog, reset a form. */
  onSuccess?: (data: T) => void;
  /** After a failure: show it inline, put an optimistic value back. */
  onError?: (failure: ActionFailure) => void;
  /** Whether a failure is also toasted (default yes); false where the form shows it itself. */
  errorToast?: boolean | ((failure: ActionFailure) => boolean);
  /**
   * Re-render the page from the server after a success (default), after any outcome (a failure
   * may mean the row changed under us), or never (the action revalidated, or the state is local).
   */
  refresh?: "on-success" | "always" | "never";
  /** Leave for this path after a success instead of refreshing (the thing shown is gone). */
  navigate?: string | ((data: T) => string);
};

export type ActionEffects = {
  toast: {
    success: (text: string) => unknown;
    error: (text: string) => unknown;
    warning: (text: string, options: { duration: number }) => unknown;
  };
  refresh: () => void;
  push: (path: string) => void;
};

/**
 * What the browser does with an ActionResult: toast it, run the component's follow-ups, then
 * refresh or navigate. Pure over `effects`, so the rules are unit-tested without React.
 */
export function settleAction<T>(result: ActionResult<T>, options: RunOptions<T>, effects: ActionEffects): void {
  const refresh = options.refresh ?? "on-success";
  if (!result.ok) {
    options.onError?.(result);
    const toastIt =
      typeof options.errorToast === "function" ? options.errorToast(result) : (options.errorToast ?? true);
    if (toastIt) effects.toast.error(result.error);
    if (refresh === "always") effects.refresh();
    return;
  }
  const text =
    typeof options.success === "function"
      ? options.success(result.data)
      : (options.success ?? result.message ?? "Done.");
  if (typeof text === "string") effects.toast.success(text);
  else if (text) effects.toast.error(text.error);
  // An invitation that went out but may not reach anyone (portal suspended, no agents) says so.
  for (const warning of warningsOf(result.data)) effects.toast.warning(warning, { duration: 10_000 });
  options.onSuccess?.(result.data);
  const to = typeof options.navigate === "function" ? options.navigate(result.data) : options.navigate;
  if (to) effects.push(to);
  else if (refresh !== "never") effects.refresh();
}

function warningsOf(data: unknown): string[] {
  if (!data || typeof data !== "object" || !("warnings" in data) || !Array.isArray(data.warnings)) return [];
  return data.warnings.filter((w): w is string => typeof w === "string");
}
