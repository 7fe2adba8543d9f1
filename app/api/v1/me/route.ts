import { requireActor } from "@/lib/auth/current-actor";
import { capabilitiesOf } from "@/lib/authz/capabilities-of";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

export const GET = apiHandler(async () => {
  const actor = await requireActor();
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name, role: actor.role, status: "active" },
    kind: actor.kind,
    role: actor.role,
    agency: { id: actor.agencyId, slug: actor.agencySlug, name: actor.agencyName },
    client: actor.kind === "client" ? { id: actor.clientId, name: actor.clientName } : null,
    capabilities: capabilitiesOf(actor),
    ...(actor.kind === "client"
      ? { permissions: actor.toggles, agentScope: actor.resolved.agentScope }
      : { clientScope: actor.resolved.readScope, editableClients: actor.resolved.editScope }),
  };
});

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
