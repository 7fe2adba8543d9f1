import postgres from "postgres";

/**
 * Creates the database `url` names when it does not exist yet, so a role with CREATEDB is all a
 * newcomer needs (README). Asked from the server's "postgres" database, the one every cluster
 * has; an existing database is left exactly as it is. Returns whether it was created.
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  if (!name) throw new Error("DATABASE_URL names no database.");
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const sql = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
  try {
    const [found] = await sql`select 1 from pg_database where datname = ${name}`;
    if (found) return false;
    await sql`create database ${sql(name)}`;
    return true;
  } catch (error) {
    // Created by someone else in between: it exists, which is all that was asked.
    if ((error as { code?: string }).code === "42P04") return false;
    throw error;
  } finally {
    await sql.end();
  }
}
