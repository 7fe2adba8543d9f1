import type postgres from "postgres";

export type BenchConnection = { connectionId: string; webhookId: string; apiKey: string; agentExternalId: string };

/** The bench agency's Retell connection and one agent linked to it, created once. */
export async function ensureBenchConnection(_sql: postgres.Sql): Promise<BenchConnection> {
  throw new Error("provider connections are not in this build yet");
}
