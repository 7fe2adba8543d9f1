// `npm run db:migrate`: apply the committed migrations to DATABASE_URL (or the embedded database).
import { getConfig } from "@/lib/config";
import { closeDb, getHandle } from "./client";
import { migrateDatabase } from "./migrate";

const handle = await getHandle();
await migrateDatabase(handle.db, handle.kind, getConfig().databaseUrl);
console.log(`Migrations applied (${handle.kind}).`);
await closeDb();
