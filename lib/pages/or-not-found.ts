import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** The page transport's mapper: a verb's not-found or forbidden is the 404 page (SPEC §1, §2). */
export async function orNotFound<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
