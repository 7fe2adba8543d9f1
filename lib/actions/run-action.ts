import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { zodMessage } from "@/lib/validation";

export type ActionResult<T = undefined> =
  { ok: true; data: T; message?: string } | { ok: false; code: string; error: string };

/**
 * The server-action transport's one error mapper: a verb's AppError becomes a result the form
 * shows (and a toast); anything unknown is logged and reported without its message.
 */
export async function runAction<T>(work: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work(), message };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, error: error.message };
    if (error instanceof ZodError) return { ok: false, code: "validation_failed", error: zodMessage(error) };
    // next/navigation's redirect() and notFound() work by throwing: let them through.
    if (error && typeof error === "object" && "digest" in error) throw error;
    console.error("[action] unexpected error", error);
    return { ok: false, code: "internal_error", error: "Something went wrong. Try again." };
  }
}
