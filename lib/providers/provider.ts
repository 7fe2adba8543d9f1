/**
 * What Switchboard needs from a voice-AI provider (SPEC §13), one module per provider behind
 * this interface. Shapes are normalised here; each module keeps the provider's own fields in
 * `raw` so a later read-modify-write (Vapi's whole `model`/`voice` objects) has them.
 * Bland and Synthflow fit by implementing the same calls; what they cannot do throws
 * ProviderError("unsupported").
 */
import type { AgentChoices } from "./choice-labels";

export type ProviderAgent = {
  externalId: string;
  name: string;
  prompt: string;
  greeting: string;
  voice: string;
  language: string;
  maxCallMinutes: number | null;
  /** Retell: the LLM holding prompt and greeting. */
  llmId?: string;
  raw: unknown;
};

export type ProviderPhoneNumber = { externalId: string; e164: string; agentExternalId: string | null; label: string };

/** The fields a client may change (SPEC §3 `edit_agents`); absent = unchanged. */
export type ProviderAgentEdit = Partial<{
  prompt: string;
  greeting: string;
  voice: string;
  language: string;
  maxCallMinutes: number;
}>;

export type ProviderCallSummary = { externalId: string; startedAt: string | null; raw: unknown };

export type ProviderCredentials = { apiKey: string; apiBaseUrl: string };

export interface VoiceProvider {
  readonly id: "vapi" | "retell";
  readonly label: string;
  readonly defaultBaseUrl: string;
  /** A cheap authenticated call; ProviderError("unauthorized") for a refused key. */
  validate(creds: ProviderCredentials): Promise<void>;
  listAgents(creds: ProviderCredentials): Promise<ProviderAgent[]>;
  getAgent(creds: ProviderCredentials, externalId: string): Promise<ProviderAgent>;
  /** Writes an edit with the provider's semantics and returns the agent as the provider now has it. */
  updateAgent(creds: ProviderCredentials, externalId: string, edit: ProviderAgentEdit): Promise<ProviderAgent>;
  listPhoneNumbers(creds: ProviderCredentials): Promise<ProviderPhoneNumber[]>;
  /** Calls created at or after `since`, for reconciliation. */
  listCalls(creds: ProviderCredentials, since: Date): Promise<ProviderCallSummary[]>;
  getCall(creds: ProviderCredentials, externalId: string): Promise<unknown>;
  /**
   * The voices and languages this agent may be set to, from the provider's own catalogue (Retell
   * `GET /list-voices`; Vapi the voices it documents). The agent's current values may be missing.
   */
  agentChoices(creds: ProviderCredentials, externalId: string): Promise<AgentChoices>;
}

export type ProviderErrorKind = "unauthorized" | "not_found" | "timeout" | "unreachable" | "rejected" | "unsupported";

/** A provider call that failed; `message` is fit to show the agency (never contains the key). */
export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}
