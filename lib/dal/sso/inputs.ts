import "server-only";
import { z } from "zod";
import { CLIENT_ROLES } from "@/lib/authz/client-roles";
import { STAFF_ROLES } from "@/lib/authz/staff-roles";

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    "must be a domain name like example.com",
  );

// JIT never mints an owner: ownership moves only by transfer (SPEC §4).
export const STAFF_SSO_ROLES = STAFF_ROLES.filter((r) => r !== "owner");

const groupRole = z.object({
  group: z.string().trim().min(1).max(200),
  role: z.string(),
  agentIds: z.array(z.uuid()).max(200).optional(),
});

const oidc = z.object({
  issuer: z
    .url()
    .max(500)
    .refine((u) => /^https?:\/\//.test(u), "must be an http(s) URL"),
  clientId: z.string().trim().min(1).max(300),
  clientSecret: z.string().min(1).max(1000).optional(),
});
const saml = z.object({ metadataXml: z.string().min(1).max(200_000) });

const fields = {
  name: z.string().trim().min(1).max(100),
  domains: z.array(domain).max(50),
  oidc: oidc.optional(),
  saml: saml.optional(),
  jitProvisioning: z.boolean(),
  defaultRole: z.string(),
  groupRoles: z.array(groupRole).max(100),
  enforced: z.boolean(),
};

export const createConnectionInput = z.strictObject({
  type: z.enum(["oidc", "saml"]),
  clientId: z.uuid().optional(),
  ...fields,
  jitProvisioning: fields.jitProvisioning.default(false),
  groupRoles: fields.groupRoles.default([]),
  enforced: fields.enforced.default(false),
  domains: fields.domains.default([]),
});

export const updateConnectionInput = z.strictObject({
  name: fields.name.optional(),
  domains: fields.domains.optional(),
  oidc: oidc.partial().optional(),
  saml: saml.optional(),
  jitProvisioning: fields.jitProvisioning.optional(),
  defaultRole: fields.defaultRole.optional(),
  groupRoles: fields.groupRoles.optional(),
  enforced: fields.enforced.optional(),
});

/** The roles a connection may hand out: staff roles below owner, or the client roles. */
export function rolesFor(clientId: string | null): readonly string[] {
  return clientId ? CLIENT_ROLES : STAFF_SSO_ROLES;
}
