/**
 * `attributes` / `excludedAttributes` (RFC 7644 §3.4.2.5) on a rendered resource: names are
 * case-insensitive, "name.givenName" reaches one level down, and `id` and `schemas` always stay.
 */
export function project(resource: Record<string, unknown>, url: URL): Record<string, unknown> {
  const list = (name: string) =>
    (url.searchParams.get(name) ?? "")
      .split(",")
      .map((a) => a.trim().toLowerCase())
      .filter(Boolean)
      .map(stripCoreUrn);
  const wanted = list("attributes");
  const excluded = list("excludedAttributes");
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) {
    const k = key.toLowerCase();
    if (k === "id" || k === "schemas") {
      out[key] = value;
      continue;
    }
    if (excluded.includes(k)) continue;
    if (wanted.length === 0 || wanted.includes(k)) {
      out[key] = value;
      continue;
    }
    const subs = wanted.filter((w) => w.startsWith(`${k}.`) || w.startsWith(`${k}:`)).map((w) => w.slice(k.length + 1));
    if (subs.length && value && typeof value === "object" && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).filter(([sk]) => subs.includes(sk.toLowerCase())));
    } else if (subs.length) out[key] = value;
  }
  return out;
}

function stripCoreUrn(name: string) {
  for (const p of ["urn:ietf:params:scim:schemas:core:2.0:user:", "urn:ietf:params:scim:schemas:core:2.0:group:"])
    if (name.startsWith(p)) return name.slice(p.length);
  return name;
}
