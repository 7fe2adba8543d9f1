-- The keyed MAC of each event's chained hash (HMAC-SHA256 under AUDIT_HMAC_KEY, which never lives
-- in the database). Events written before this migration keep NULL: audit:verify treats them as the
-- unkeyed prefix and refuses an unkeyed event after the first keyed one. The append-only trigger
-- of 0001/0004 is unchanged (adding a column fires no row trigger).
ALTER TABLE "audit_events" ADD COLUMN "mac" text;
