/** A query text with numbered parameters, built the way drizzle sends it ($1, $2… and a params array). */
export class Params {
  readonly values: unknown[] = [];

  p(value: unknown): string {
    this.values.push(value instanceof Date ? value.toISOString() : value);
    return `$${this.values.length}`;
  }
}

export type ExplainQuery = {
  group: string;
  name: string;
  text: string;
  params: unknown[];
  /** Why a query was left out (e.g. a deep page the data is too small for). */
  skipped?: string;
  /** A keyset page: it must come straight off an index in the list's order, never from a sort. */
  keyset?: boolean;
};

export const query = (group: string, name: string, build: (q: Params) => string): ExplainQuery => {
  const q = new Params();
  const text = build(q);
  return { group, name, text, params: q.values };
};

/** Marks a list page query: bench:explain fails it when the plan sorts. */
export const keyset = (q: ExplainQuery): ExplainQuery => ({ ...q, keyset: true });

export const and = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(" and ");
