/**
 * Before/after of a change, one row per field: changed fields first and marked, so "who changed
 * what" reads at a glance. Anything else in the details is shown as JSON below.
 */
export function AuditDiff({ details }: { details: Record<string, unknown> }) {
  const { before, after, ...rest } = details as { before?: unknown; after?: unknown } & Record<string, unknown>;
  const hasDiff = isRecord(before) || isRecord(after);
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = keys
    .map((key) => ({ key, before: b[key], after: a[key], changed: JSON.stringify(b[key]) !== JSON.stringify(a[key]) }))
    .sort((x, y) => Number(y.changed) - Number(x.changed));
  return (
    <div className="grid gap-4">
      {hasDiff && (
        <table className="w-full text-sm" data-testid="audit-diff">
          <thead>
            <tr className="border-b text-left text-muted-foreground">
              <th className="py-1.5 pr-3 font-medium">Field</th>
              <th className="py-1.5 pr-3 font-medium">Before</th>
              <th className="py-1.5 font-medium">After</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b last:border-0" data-changed={row.changed || undefined}>
                <td className="py-1.5 pr-3 font-mono text-xs">{row.key}</td>
                <td
                  className={`py-1.5 pr-3 font-mono text-xs break-all ${row.changed ? "text-destructive line-through decoration-destructive/50" : "text-muted-foreground"}`}
                >
                  {show(row.before)}
                </td>
                <td
                  className={`py-1.5 font-mono text-xs break-all ${row.changed ? "font-semibold text-success" : "text-muted-foreground"}`}
                >
                  {show(row.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {Object.keys(rest).length > 0 && (
        <pre className="max-h-64 overflow-auto rounded-md bg-muted p-3 font-mono text-xs whitespace-pre-wrap break-all">
          {JSON.stringify(rest, null, 2)}
        </pre>
      )}
      {!hasDiff && Object.keys(rest).length === 0 && (
        <p className="text-sm text-muted-foreground">No further details recorded.</p>
      )}
    </div>
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}
