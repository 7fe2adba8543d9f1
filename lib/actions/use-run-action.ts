"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "./run-action";
import { settleAction, type RunOptions } from "./settle-action";

/**
 * The browser half of `runAction`: run a server action in a transition (`pending` disables the
 * buttons meanwhile), toast its outcome, then refresh the page from the server. Options in
 * settle-action.ts cover inline errors, optimistic values put back and navigating away.
 */
export function useRunAction() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const run = <T>(work: () => Promise<ActionResult<T>>, options: RunOptions<T> = {}) =>
    start(async () => {
      settleAction(await work(), options, {
        toast,
        refresh: () => router.refresh(),
        push: (path) => router.push(path),
      });
    });
  return { pending, run };
}
