/** One deterministic date format on server and client (no hydration mismatch across time zones). */
export function formatUtc(iso: string | null): string {
  if (!iso) return "—";
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
