import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { rowsOf } from "@/db/rows";

/**
 * When a policy starts requiring MFA, the sessions of people without a factor that were opened by
 * a password alone end: their next sign-in makes them enrol "before anything else". SSO sessions
 * (the IdP's factor) and sessions of people who have a factor stay.
 */
export async function endPasswordOnlySessions(tx: Tx, whichUsers: SQL): Promise<number> {
  const ended = await tx.execute(sql`
    update sessions set revoked_at = now()
    where revoked_at is null and second_factor is null
      and user_id in (
        select u.id from users u
        where ${whichUsers}
          and not exists (select 1 from mfa_factors f where f.user_id = u.id))
    returning id`);
  return rowsOf(ended).length;
}
