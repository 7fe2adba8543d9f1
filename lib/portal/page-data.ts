import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * Runs a verb for a portal page: a row that is not found, or not the viewer's to see, is the
 * 404 page, exactly like a section the viewer may not open. Anything else propagates.
 */
export async function pageData<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
