// Next calls register() once when the server starts: the database is migrated (and the demo data
// loaded into a new embedded database) before the first request is served.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig, ConfigError } = await import("@/lib/config");
  try {
    getConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { bootstrapDatabase } = await import("@/db/bootstrap");
  await bootstrapDatabase();
}
