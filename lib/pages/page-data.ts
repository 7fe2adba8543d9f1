import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * The page transport's one error mapper (SPEC §1, §2), for console and portal pages alike: a verb's
 * "not found" or "forbidden" becomes the 404 page, exactly like a section the viewer may not open,
 * so a page reveals no more than the API does about what exists. Anything else goes to the error page.
 */
export async function pageData<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
