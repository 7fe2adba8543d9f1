import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { calls } from "@/db/schema";
import { badRequest } from "@/lib/errors";

/**
 * Keyset position in the (started_at desc, id desc) order, opaque to clients. The time is kept
 * in epoch microseconds, PostgreSQL's own precision, so a cursor never falls between two rows
 * that a millisecond Date would make equal. `dir` says which way the next page lies.
 */
export type CallCursor = { micros: string; id: string; dir: "next" | "prev" };

const CursorShape = z.object({ m: z.string().regex(/^\d{1,18}$/), i: z.uuid(), d: z.enum(["n", "p"]) });

export function encodeCursor(cursor: CallCursor): string {
  const json = JSON.stringify({ m: cursor.micros, i: cursor.id, d: cursor.dir === "next" ? "n" : "p" });
  return Buffer.from(json).toString("base64url");
}

export function decodeCursor(value: string): CallCursor {
  try {
    const parsed = CursorShape.parse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return { micros: parsed.m, id: parsed.i, dir: parsed.d === "n" ? "next" : "prev" };
  } catch {
    throw badRequest("The cursor is not valid. Start again from the first page.");
  }
}

/** The row's own key, selected beside it so the next cursor is exact. */
export const startedAtMicros = sql<string>`(extract(epoch from ${calls.startedAt}) * 1000000)::bigint::text`;

/** Rows after (older than) the cursor, or before (newer than) it for a "previous" page. */
export function cursorWhere(cursor: CallCursor): SQL {
  const at = sql`(timestamptz 'epoch' + ${cursor.micros}::bigint * interval '1 microsecond')`;
  return cursor.dir === "next"
    ? sql`(${calls.startedAt}, ${calls.id}) < (${at}, ${cursor.id}::uuid)`
    : sql`(${calls.startedAt}, ${calls.id}) > (${at}, ${cursor.id}::uuid)`;
}
