import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { calls } from "@/db/schema";

// The SQL aggregates shared by the overview and analytics verbs. "Answered" is a completed call:
// answer rate = completed / all calls, and average duration is over answered calls only (a
// missed call's zero seconds says nothing about conversation length).
export const answeredFilter = sql`${calls.status} = 'completed'`;
export const totalCalls = sql<number>`count(*)::int`;
export const answeredCalls = sql<number>`(count(*) filter (where ${answeredFilter}))::int`;
export const countWhere = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;

export const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
