"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/run-action";

/**
 * Runs a people action: toast its outcome (and any warnings it carries), then re-render the
 * page from the server so every table shows the new state.
 */
export function usePeopleAction() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const run = <T,>(work: () => Promise<ActionResult<T>>, onDone?: (data: T) => void) =>
    start(async () => {
      const result = await work();
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(result.message ?? "Done.");
      const warnings = (result.data as { warnings?: string[] } | undefined)?.warnings ?? [];
      for (const warning of warnings) toast.warning(warning, { duration: 10_000 });
      onDone?.(result.data);
      router.refresh();
    });
  return { pending, run };
}
