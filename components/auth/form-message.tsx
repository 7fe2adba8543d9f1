/** The one place a form says what went wrong or what happened (located by test id, not role=alert). */
export function FormMessage({ error, notice }: { error?: string; notice?: string }) {
  if (error) {
    return (
      <p
        data-testid="form-error"
        role="status"
        className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
      >
        {error}
      </p>
    );
  }
  if (notice) {
    return (
      <p data-testid="form-notice" role="status" className="rounded-md border bg-muted px-3 py-2 text-sm">
        {notice}
      </p>
    );
  }
  return null;
}
