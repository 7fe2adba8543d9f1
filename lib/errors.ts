/**
 * The closed set of failures a verb may raise. Each transport maps them once: JSON (lib/http),
 * server-action results (lib/actions), pages (notFound()). Anything else is a 500 whose
 * message the user never sees.
 */
export type AppErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "forbidden_origin"
  | "not_found"
  | "conflict"
  | "unsupported_media_type"
  | "validation_failed"
  | "rate_limited"
  | "payload_too_large"
  | "storage_unavailable";

const STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  forbidden_origin: 403,
  not_found: 404,
  conflict: 409,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  payload_too_large: 413,
  storage_unavailable: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
  get status() {
    return STATUS[this.code];
  }
}

export const notFound = (what = "Not found") => new AppError("not_found", what);
export const forbidden = (message = "You do not have permission to do this.") => new AppError("forbidden", message);
export const unauthenticated = () => new AppError("unauthenticated", "Sign in to continue.");
export const conflict = (message: string) => new AppError("conflict", message);
export const invalid = (message: string, details?: Record<string, unknown>) =>
  new AppError("validation_failed", message, details);
export const badRequest = (message: string) => new AppError("bad_request", message);
export const rateLimited = (message = "Too many attempts. Try again later.") => new AppError("rate_limited", message);
/** The object store (lib/storage) cannot be reached: the route answers 503, the app keeps running. */
export const storageUnavailable = () =>
  new AppError("storage_unavailable", "Stored files are unavailable right now. Try again in a moment.");
