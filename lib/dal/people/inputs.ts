import "server-only";
import { z } from "zod";
import type { Audience } from "./audience";

/** Emails are compared and stored lower-case: one identity per address per agency. */
export const InviteEmail = z.string().trim().toLowerCase().max(320).pipe(z.email("Enter a valid email address."));

/** A list of ids, deduplicated. Optional on updates: absent means "leave as it is", [] means "none". */
export const idList = (field: string) =>
  z
    .array(z.uuid(`${field}: not a valid id`))
    .max(200)
    .transform((ids) => [...new Set(ids)]);

/** What an input schema needs of an audience: also built without an actor, for the API reference. */
export type AudienceShape = Pick<Audience<unknown>, "roles" | "roleMessage" | "assignment">;

const roleOf = (audience: AudienceShape) => z.enum(audience.roles, audience.roleMessage);

/** `{email, role, clientIds?}` for staff, `{email, role, agentIds?}` for a client's users (SPEC §9). */
export const inviteInput = (audience: AudienceShape) => {
  const field = audience.assignment;
  return z
    .object({ email: InviteEmail, role: roleOf(audience), [field]: idList(field).default([]) })
    .strict()
    .transform((v) => ({ email: v.email as string, role: v.role as string, ids: v[field] as string[] }));
};

/** `{role?, clientIds?}` or `{role?, agentIds?}`: at least one of the two. */
export const updateInput = (audience: AudienceShape) => {
  const field = audience.assignment;
  return z
    .object({ role: roleOf(audience).optional(), [field]: idList(field).optional() })
    .strict()
    .refine((v) => v.role !== undefined || v[field] !== undefined, `Send role, ${field} or both.`)
    .transform((v) => ({ role: v.role as string | undefined, ids: v[field] as string[] | undefined }));
};
