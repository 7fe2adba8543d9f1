/** What either protocol hands the sign-in: the IdP's stable subject, the email, and groups. */
export type SsoClaims = {
  subject: string;
  email: string | null;
  name: string | null;
  groups: string[];
  /** Everything the IdP sent, for "Test sign-in" to show. */
  raw: Record<string, unknown>;
};

/** Why an SSO sign-in failed: written as `login_failed` details.reason and mapped to a plain message. */
export class SsoFailure extends Error {
  /** Set when the failed answer belonged to a console "Test sign-in", which reports it instead. */
  purpose?: "sign_in" | "test";
  constructor(
    readonly reason: string,
    readonly detail?: string,
  ) {
    super(reason);
  }
}

export function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}
