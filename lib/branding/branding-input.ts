import { z } from "zod";
import { timeZoneName } from "@/lib/time-zones/time-zone-name";
import { HEX_COLOUR } from "./contrast";

export const LOGO_MAX_BYTES = 512 * 1024;
export const FAVICON_MAX_BYTES = 128 * 1024;

// Subdomains that would be confusing or dangerous as a portal address (phishing look-alikes,
// infrastructure names), refused whoever asks.
export const RESERVED_SLUGS = new Set([
  "www",
  "app",
  "api",
  "admin",
  "administrator",
  "console",
  "portal",
  "portals",
  "dashboard",
  "agency",
  "agencies",
  "login",
  "signin",
  "signup",
  "logout",
  "auth",
  "oauth",
  "sso",
  "saml",
  "scim",
  "account",
  "accounts",
  "billing",
  "support",
  "help",
  "status",
  "docs",
  "blog",
  "mail",
  "email",
  "smtp",
  "imap",
  "pop",
  "ftp",
  "cdn",
  "static",
  "assets",
  "brand-assets",
  "media",
  "files",
  "img",
  "images",
  "dev",
  "staging",
  "test",
  "demo",
  "internal",
  "root",
  "system",
  "security",
  "platform",
  "switchboard",
  "localhost",
  "ns1",
  "ns2",
  "mx",
  "webhooks",
  "hooks",
]);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "At least 3 characters.")
  .max(40, "At most 40 characters.")
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "Lowercase letters, digits and hyphens; no hyphen at either end.")
  .refine((s) => !s.includes("--"), "No double hyphens.")
  .refine((s) => !RESERVED_SLUGS.has(s), "This address is reserved. Pick another.");

/** The branding form's text fields; logo and favicon arrive as files beside it. */
export const BrandingInput = z
  .object({
    name: z.string().trim().min(2, "At least 2 characters.").max(60, "At most 60 characters."),
    slug: slugSchema,
    primaryColor: z.string().trim().toLowerCase().regex(HEX_COLOUR, "Use a hex colour like #2563eb."),
    supportEmail: z.union([z.literal(""), z.email("Enter a valid email address.")]),
    senderName: z.string().trim().max(60, "At most 60 characters."),
    removeLogo: z.boolean().default(false),
    removeFavicon: z.boolean().default(false),
    /** The zone of clients without their own (absent: unchanged). */
    timeZone: timeZoneName.optional(),
  })
  .strict();

export type BrandingValues = z.input<typeof BrandingInput>;
