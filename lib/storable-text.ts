// PostgreSQL `text` and `jsonb` refuse NUL (a query carrying one fails: a 500 before this check);
// a lone UTF-16 surrogate has no UTF-8 form, so the driver silently turns it into U+FFFD and
// the stored value is not what was sent; other C0 control characters break the HTTP headers,
// file names and CSV cells a stored name later reaches. Tab, line feed and carriage return are
// ordinary text (prompts, addresses).
const UNSTORABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSTORABLE_MESSAGE = "must not contain NUL, control characters or unpaired surrogates";

/** Whether a string can be stored and shown back exactly as sent. */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

// Deeper than any input this app takes; the walk is iterative, so a hostile depth costs no stack.
const MAX_DEPTH = 32;

/**
 * The path of the first string (value or object key) in `value` that cannot be stored, e.g.
 * ["config", "url"], or of a structure nested beyond MAX_DEPTH; null when everything can.
 */
export function findUnstorable(value: unknown): { path: (string | number)[]; problem: "text" | "depth" } | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === "string") {
      if (!isStorableText(v)) return { path, problem: "text" };
    } else if (v && typeof v === "object") {
      if (path.length >= MAX_DEPTH) return { path, problem: "depth" };
      for (const [key, child] of Object.entries(v)) {
        const at = [...path, Array.isArray(v) ? Number(key) : key];
        if (!Array.isArray(v) && !isStorableText(key)) return { path: at, problem: "text" };
        stack.push({ value: child, path: at });
      }
    }
  }
  return null;
}
