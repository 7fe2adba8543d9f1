/** "2026-05-01 14:03:12 UTC": audit times are shown in UTC, as they are recorded. */
export function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** "client_permissions_change" → "Client permissions change". */
export function actionLabel(action: string): string {
  const words = action.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type AuditFilterState = { action?: string; actor?: string; clientId?: string; from?: string; to?: string };

export function filterQuery(filters: AuditFilterState, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  return params.toString();
}
