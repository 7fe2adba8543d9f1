import { z } from "zod";

/** Emails are compared and stored lower-case: one identity per address per agency. */
export const InviteEmail = z.string().trim().toLowerCase().max(320).pipe(z.email("Enter a valid email address."));

export const uniqueIds = (field: string) =>
  z.array(z.uuid(`${field}: not a valid id`)).max(200).default([]).transform((ids) => [...new Set(ids)]);
