// `npm run storage:migrate`: copies the stored files of DATA_DIR (recordings, logos and favicons,
// signed audit checkpoints) into the object store named by STORAGE_URL. Safe to stop and run
// again: what is already there with the same size is skipped.
import { ConfigError, getConfig } from "@/lib/config";
import { appStore } from "./app-store";
import { copyStoredFiles } from "./copy-stored-files";
import { localStore } from "./local-store";

try {
  const config = getConfig();
  if (!config.storage) {
    console.error("STORAGE_URL is not set: name the object store to copy DATA_DIR's files into.");
    process.exit(1);
  }
  const target = appStore();
  await target.check();
  console.log(`Copying stored files from ${config.dataDir} to ${target.location}`);
  const result = await copyStoredFiles(localStore(config.dataDir), target, {
    onCopy: (key, size) => console.log(`  copied ${key} (${size} bytes)`),
  });
  console.log(`${result.copied} copied (${result.bytes} bytes), ${result.skipped} already there.`);
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
}
