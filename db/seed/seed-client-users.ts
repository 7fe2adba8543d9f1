import "server-only";
import { userAgentAssignments, users } from "@/db/schema";
import type { Tx } from "@/db/client";
import type { SeededAgent } from "./build-call";
import type { DemoClient } from "./demo-types";
import { daysBefore, type SeedContext } from "./seed-context";

/** The client's portal users and the AI agents an assigned user is limited to. */
export async function seedClientUsers(
  tx: Tx,
  ctx: SeedContext,
  agencyId: string,
  clientId: string,
  client: DemoClient,
  agents: SeededAgent[],
): Promise<void> {
  if (client.users.length === 0) return;
  const rows = await tx
    .insert(users)
    .values(
      client.users.map((u) => ({
        agencyId,
        kind: "client" as const,
        clientId,
        email: u.email,
        name: u.name,
        role: u.role,
        passwordHash: ctx.passwordHash,
        createdAt: daysBefore(ctx, 92),
      })),
    )
    .returning({ id: users.id, email: users.email });
  const userIdByEmail = new Map(rows.map((r) => [r.email, r.id]));
  const agentIdByName = new Map(agents.map((a) => [a.def.name, a.id]));
  const assignments = client.users.flatMap((u) =>
    (u.agentNames ?? []).map((name) => {
      const agentId = agentIdByName.get(name);
      if (!agentId) throw new Error(`Demo user ${u.email} is assigned unknown agent "${name}"`);
      return { userId: userIdByEmail.get(u.email)!, agentId };
    }),
  );
  if (assignments.length > 0) await tx.insert(userAgentAssignments).values(assignments);
}
