import "server-only";
import { aiAgents, calls } from "@/db/schema";

/** The list columns, joined with the agent's name; every list and detail selects exactly these. */
export const callListColumns = {
  id: calls.id,
  startedAt: calls.startedAt,
  durationSeconds: calls.durationSeconds,
  direction: calls.direction,
  status: calls.status,
  reviewStatus: calls.reviewStatus,
  callerNumber: calls.callerNumber,
  outcome: calls.outcome,
  agentId: calls.agentId,
  agentName: aiAgents.name,
};
