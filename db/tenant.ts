import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { sql } from "drizzle-orm";
import { getDb, type Tx } from "./client";

/** The role tenant transactions run as: owns no table, has no BYPASSRLS (migration 0012). */
export const TENANT_ROLE = "app_tenant";

type Open = { agencyId: string; tx: Tx; open: boolean };
const current = new AsyncLocalStorage<Open>();

/**
 * Runs `fn` in a transaction that row-level security confines to one agency: the connection
 * switches to the tenant role and sets app.agency_id, both for this transaction only (SET LOCAL
 * and set_config(…, true) end with it), so a pooled connection never carries a tenant into the
 * next transaction. Every query of a tenant verb goes through here: a missing `agency_id = …`
 * in a WHERE then returns nothing of another agency instead of leaking it.
 *
 * Called again inside an open one for the same agency, it joins that transaction (PGlite has a
 * single connection: a second transaction would wait for the first forever). Another agency
 * inside an open tenant transaction is a bug, and fails loudly.
 */
export async function withTenant<T>(agencyId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const outer = current.getStore();
  if (outer?.open) {
    if (outer.agencyId !== agencyId) throw new Error("withTenant: another agency inside an open tenant transaction");
    return fn(outer.tx);
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    // One round trip for both: set_config('role', …) is SET LOCAL ROLE.
    await tx.execute(
      sql`select set_config('role', ${TENANT_ROLE}, true), set_config('app.agency_id', ${agencyId}, true)`,
    );
    const state: Open = { agencyId, tx, open: true };
    try {
      return await current.run(state, () => fn(tx));
    } finally {
      state.open = false;
    }
  });
}

/** Whether this call runs inside an open tenant transaction (see withTenant). */
export function insideTenantTransaction(): boolean {
  return current.getStore()?.open === true;
}
