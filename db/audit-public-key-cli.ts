// `npm run audit:public-key`: prints the public half of the checkpoint signing key (PEM, SPKI) and
// its id, for auditors: `npm run audit:verify -- --public-key FILE` needs nothing else. Generates
// the key in DATA_DIR when AUDIT_SIGNING_KEY is unset and none exists yet, as the server would.
import { auditPublicKeyOf, auditSigningKey, publicKeyId } from "@/lib/audit/audit-keys";

const publicKey = auditPublicKeyOf(auditSigningKey()!);
process.stdout.write(publicKey.export({ format: "pem", type: "spki" }).toString());
console.error(`key id ${publicKeyId(publicKey)}`);
