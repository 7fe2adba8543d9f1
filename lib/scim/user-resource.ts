import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { scimUsers, users } from "@/db/schema";
import type { AttributeColumn } from "./filter-to-sql";
import { ScimError } from "./scim-error";

export const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

export const userNameExpr = sql`coalesce(${scimUsers.userName}, ${users.email})`;

export type UserRow = {
  id: string;
  email: string;
  name: string;
  status: string;
  createdAt: Date;
  userName: string;
  externalId: string | null;
  attributes: Record<string, unknown> | null;
  updatedAt: Date | null;
  groups: { value: string; display: string }[];
};

/** The columns a user list reads: the users row, what the directory stored, and the user's groups. */
export const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  status: users.status,
  createdAt: users.createdAt,
  userName: sql<string>`${userNameExpr}`,
  externalId: scimUsers.externalId,
  attributes: scimUsers.attributes,
  updatedAt: scimUsers.updatedAt,
  groups: sql<
    { value: string; display: string }[]
  >`coalesce((select jsonb_agg(jsonb_build_object('value', g.id, 'display', g.display_name) order by g.display_name)
    from scim_group_members m join scim_groups g on g.id = m.group_id where m.user_id = ${users.id}), '[]'::jsonb)`,
};

/** The placeholder address of a user the directory gave no usable email: unique, never deliverable. */
const placeholderDomain = "@scim.invalid";
const usableEmail = (v: unknown): v is string =>
  typeof v === "string" && v.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);

export function toUserResource(row: UserRow, base: string): Record<string, unknown> {
  const attrs = { ...(row.attributes ?? {}) };
  const hasEmail = !row.email.endsWith(placeholderDomain);
  const emails = Array.isArray(attrs.emails)
    ? attrs.emails
    : hasEmail
      ? [{ value: row.email, type: "work", primary: true }]
      : undefined;
  delete attrs.emails;
  const enterprise = attrs[ENTERPRISE_SCHEMA];
  return {
    schemas: enterprise ? [USER_SCHEMA, ENTERPRISE_SCHEMA] : [USER_SCHEMA],
    id: row.id,
    ...(row.externalId !== null ? { externalId: row.externalId } : {}),
    userName: row.userName,
    ...attrs,
    displayName: row.name || row.userName,
    ...(emails ? { emails } : {}),
    active: row.status === "active",
    groups: row.groups.map((g) => ({ value: g.value, display: g.display, $ref: `${base}/Groups/${g.value}` })),
    meta: {
      resourceType: "User",
      created: row.createdAt.toISOString(),
      lastModified: (row.updatedAt ?? row.createdAt).toISOString(),
      location: `${base}/Users/${row.id}`,
    },
  };
}

/** "True"/"False" strings (Entra) and real booleans both mean a boolean; anything else is invalid. */
export function scimBoolean(value: unknown, name: string): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  throw new ScimError(400, `"${name}" must be a boolean.`, "invalidValue");
}

export type UserInput = {
  userName: string;
  externalId: string | null;
  active: boolean;
  email: string | null;
  displayName: string;
  attributes: Record<string, unknown>;
};

const COMPUTED = new Set([
  "id",
  "meta",
  "schemas",
  "username",
  "externalid",
  "active",
  "password",
  "groups",
  "displayname",
]);

/** A POSTed or PUT User → what is stored. The password an IdP may send is dropped: SSO signs them in. */
export function parseUserInput(body: unknown): UserInput {
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new ScimError(400, "The body must be a User.", "invalidSyntax");
  const b = body as Record<string, unknown>;
  const get = (name: string) => Object.entries(b).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  const userName = get("userName");
  if (typeof userName !== "string" || !userName.trim() || userName.length > 256)
    throw new ScimError(400, "userName is required (a non-empty string up to 256 characters).", "invalidValue");
  const externalId = get("externalId");
  if (externalId !== undefined && externalId !== null && typeof externalId !== "string")
    throw new ScimError(400, "externalId must be a string.", "invalidValue");
  const active = get("active") === undefined ? true : scimBoolean(get("active"), "active");
  const attributes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b)) if (!COMPUTED.has(k.toLowerCase())) attributes[k] = v;
  const emails = Array.isArray(attributes.emails) ? (attributes.emails as Record<string, unknown>[]) : [];
  const pick =
    emails.find((e) => e && (e.primary === true || e.primary === "True" || e.primary === "true")) ??
    emails.find((e) => e && e.type === "work") ??
    emails[0];
  const email = usableEmail(pick?.value) ? pick.value : usableEmail(userName) ? userName : null;
  const name = (attributes.name ?? {}) as Record<string, unknown>;
  const displayName =
    (typeof get("displayName") === "string" && (get("displayName") as string)) ||
    (typeof name.formatted === "string" && name.formatted) ||
    [name.givenName, name.familyName].filter((p) => typeof p === "string" && p).join(" ") ||
    userName;
  return {
    userName: userName.trim(),
    externalId: (externalId as string | undefined) ?? null,
    active,
    email,
    displayName: displayName.slice(0, 200),
    attributes,
  };
}

export const storedEmail = (input: UserInput, userId: string) =>
  (input.email ?? `${userId}${placeholderDomain}`).toLowerCase();

/** Filterable User attributes → SQL (see filter-to-sql.ts). */
export function resolveUserAttribute(path: string): AttributeColumn | null {
  const jsonText = (...keys: string[]): SQL => sql`${scimUsers.attributes} #>> ${`{${keys.join(",")}}`}`;
  switch (path) {
    case "id":
      return { expr: sql`${users.id}::text`, caseInsensitive: false };
    case "username":
      return { expr: userNameExpr, caseInsensitive: true };
    case "externalid":
      return { expr: sql`${scimUsers.externalId}`, caseInsensitive: false };
    case "displayname":
      return { expr: sql`${users.name}`, caseInsensitive: true };
    case "active":
      return { expr: sql`(${users.status} = 'active')`, caseInsensitive: false, kind: "boolean" };
    case "emails":
    case "emails.value":
      return { expr: sql`nullif(${users.email}, '') `, caseInsensitive: true };
    case "emails.type":
      return { expr: sql`'work'`, caseInsensitive: true };
    case "emails.primary":
      return { expr: sql`true`, caseInsensitive: false, kind: "boolean" };
    case "name.givenname":
      return { expr: jsonText("name", "givenName"), caseInsensitive: true };
    case "name.familyname":
      return { expr: jsonText("name", "familyName"), caseInsensitive: true };
    case "enterprise:employeenumber":
      return { expr: jsonText(ENTERPRISE_SCHEMA, "employeeNumber"), caseInsensitive: false };
    case "enterprise:department":
      return { expr: jsonText(ENTERPRISE_SCHEMA, "department"), caseInsensitive: true };
    default:
      return null;
  }
}
