import { ApiKeysSection } from "@/components/api-keys/api-keys-section";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { listApiKeys } from "@/lib/dal/api-keys/list-api-keys";
import { listClients } from "@/lib/dal/clients/list-clients";
import { staffPageTitle } from "@/lib/pages/gated-title";

export const generateMetadata = staffPageTitle("API keys", "settings.manage");

// The agency's API keys (SPEC §12). A key's scopes are offered from the creator's own capabilities.
export default async function ApiKeysPage() {
  const actor = await requireStaffActor("settings.manage");
  const [keys, clients] = await Promise.all([listApiKeys(actor), listClients(actor, { limit: 100 })]);
  return (
    <div className="grid gap-4">
      <ApiKeysSection
        keys={keys}
        scopes={[...actor.resolved.capabilities].sort()}
        clients={clients.items.map((c) => ({ id: c.id, name: c.name }))}
        canSetRateLimit
      />
      <p className="text-sm text-muted-foreground">
        The API is described in the{" "}
        <a className="underline" href="/agency/settings/api-reference">
          API reference
        </a>
        .
      </p>
    </div>
  );
}
