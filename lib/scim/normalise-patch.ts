import type { ScimPatchOperation } from "scim-patch";
import { ScimError } from "./scim-error";

const CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User:";

/**
 * A PatchOp body as Okta and Entra ID send it → operations scim-patch applies. Entra (without
 * ?aadOptscim062020) capitalises `op` ("Replace", "Add", "Remove"), sends "True"/"False" strings for
 * booleans, and puts a path-less replace's attributes under dotted or URN keys
 * ("name.givenName", "urn:…:enterprise:2.0:User:employeeNumber"): these are brought to RFC form.
 */
export function normalisePatch(body: unknown): ScimPatchOperation[] {
  const b = body as { Operations?: unknown; operations?: unknown } | null;
  const ops = b && typeof b === "object" ? (b.Operations ?? b.operations) : undefined;
  if (!Array.isArray(ops) || ops.length === 0)
    throw new ScimError(400, "A PatchOp body needs a non-empty Operations list.", "invalidSyntax");
  return ops.flatMap((raw): ScimPatchOperation[] => {
    if (!raw || typeof raw !== "object") throw new ScimError(400, "Each operation must be an object.", "invalidSyntax");
    const o = raw as { op?: unknown; path?: unknown; value?: unknown };
    const op = typeof o.op === "string" ? o.op.toLowerCase() : "";
    if (op !== "add" && op !== "replace" && op !== "remove")
      throw new ScimError(400, `Unknown patch op "${String(o.op)}".`, "invalidSyntax");
    const path = typeof o.path === "string" && o.path.trim() ? stripCore(o.path.trim()) : undefined;
    if (op === "remove" && !path) throw new ScimError(400, "remove needs a path.", "noTarget");
    let value = o.value;
    if (path && /^active$/i.test(path)) value = booleanish(value);
    // A path-less add/replace becomes one operation per key, each with its own (dotted or URN) path.
    if (!path && value && typeof value === "object" && !Array.isArray(value))
      return Object.entries(value as Record<string, unknown>).map(([key, v]) => ({
        op,
        path: stripCore(key),
        value: /^active$/i.test(key) ? booleanish(v) : v,
      })) as ScimPatchOperation[];
    return [(value === undefined ? { op, path } : { op, path, value }) as ScimPatchOperation];
  });
}

function booleanish(v: unknown): unknown {
  return typeof v === "string" && /^(true|false)$/i.test(v) ? v.toLowerCase() === "true" : v;
}

function stripCore(path: string) {
  return path.toLowerCase().startsWith(CORE_USER.toLowerCase()) ? path.slice(CORE_USER.length) : path;
}
