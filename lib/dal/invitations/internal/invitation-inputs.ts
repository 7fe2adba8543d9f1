import "server-only";
import { z } from "zod";

/** Emails are compared and stored lower-case: one identity per address per agency. */
export const InviteEmail = z.string().trim().toLowerCase().max(320).pipe(z.email("Enter a valid email address."));

/** A list of ids, deduplicated. Optional on updates: absent means "leave as it is", [] means "none". */
export const idList = (field: string) =>
  z.array(z.uuid(`${field}: not a valid id`)).max(200).transform((ids) => [...new Set(ids)]);

export const uniqueIds = (field: string) => idList(field).default([]);
