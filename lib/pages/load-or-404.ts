import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * The page transport's error mapper: a verb's "not found" or "forbidden" becomes the 404 page, so a
 * page reveals no more than the API does about what exists. Anything else goes to the error page.
 */
export async function loadOr404<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
