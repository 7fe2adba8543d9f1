// `npm run audit:verify`: checks every agency's audit chain (DATABASE_URL or the embedded
// database — stop the app first when embedded) and exits non-zero on the first broken link.
//   (no options)             with AUDIT_HMAC_KEY (or DATA_DIR's key) and the checkpoints in DATA_DIR
//   --public-key FILE        as an outside auditor: the signing key's public half only, no MAC key
//   --checkpoints DIR        checkpoints from elsewhere (a copy from storage or the SIEM)
import { createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { auditHmacKey, auditPublicKeyOf, auditSigningKey } from "@/lib/audit/audit-keys";
import { defaultCheckpointStore, fileCheckpointStore } from "@/lib/audit/checkpoint-store";
import { describeReport, verifyAudit } from "@/lib/audit/verify-audit";
import { closeDb, getDb } from "./client";

const { values } = parseArgs({ options: { "public-key": { type: "string" }, checkpoints: { type: "string" } } });
const auditor = values["public-key"];
// Verification never creates a key: a missing one is reported, not silently replaced.
const signingKey = auditor ? null : auditSigningKey({ create: false });
const setup = {
  macKey: auditor ? null : auditHmacKey({ create: false }),
  publicKey: auditor
    ? createPublicKey(readFileSync(auditor, "utf8"))
    : signingKey
      ? auditPublicKeyOf(signingKey)
      : null,
  store: values.checkpoints ? fileCheckpointStore(values.checkpoints) : defaultCheckpointStore(),
};
if (!setup.macKey)
  console.log(
    auditor
      ? "Public-key mode: MACs are checked for presence, not recomputed."
      : "No AUDIT_HMAC_KEY and none in DATA_DIR: MACs are not recomputed.",
  );
if (!setup.publicKey) console.log("No signing key: signed checkpoints are not checked (pass --public-key FILE).");
else console.log(`Checkpoints from ${setup.store.location}`);

const reports = await verifyAudit(await getDb(), setup);
for (const r of reports) console.log(describeReport(r));
const broken = reports.filter((r) => !r.ok).length;
console.log(broken ? `${broken} of ${reports.length} chains broken.` : `All ${reports.length} chains verified.`);
await closeDb();
process.exitCode = broken ? 1 : 0;
