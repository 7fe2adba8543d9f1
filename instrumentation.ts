// Next calls register() once when the server starts: configuration is validated and the database
// migrated (and, for a new embedded database, loaded with the demo data) before any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("@/lib/startup");
  await startServer();
}
