import type { CallDirection, CallStatus, calls, TranscriptTurn } from "@/db/schema";
import { poolEntriesFor, poolRelativePath, poolTurnStarts } from "@/lib/recordings/recording-pool";
import { pickContact, spamNumber, type Contact } from "./call-contacts";
import { reviewWeights, statusWeights, UNANSWERED_SUMMARY } from "./call-mix";
import { callSlots } from "./call-slots";
import { isOfficeOpen } from "./call-times";
import type { DemoAgent, DemoClient } from "./demo-types";
import type { Random } from "./random";
import { SCRIPTS } from "./scripts";
import type { CallScript } from "./scripts/types";

export type NewCall = typeof calls.$inferInsert;
export type SeededAgent = { id: string; def: DemoAgent };
export type ClientCallContext = {
  agencyId: string;
  clientId: string;
  client: DemoClient;
  /** Live agents only: a draft or paused agent takes no calls. */
  agents: SeededAgent[];
  contacts: Contact[];
  dayStart: Date;
};

const OUTBOUND_SHARE = 0.25; // of office-hours calls, for clients with an outbound agent

export function buildCall(random: Random, ctx: ClientCallContext, startedAt: Date): NewCall {
  const open = isOfficeOpen(startedAt);
  const outboundAgent = ctx.agents.find((a) => a.def.role === "outbound");
  const direction: CallDirection = outboundAgent && open && random.chance(OUTBOUND_SHARE) ? "outbound" : "inbound";
  const agent = direction === "outbound" ? outboundAgent! : inboundAgent(random, ctx.agents, open);
  const status = random.weighted(statusWeights(direction, open));
  const ageDays = (ctx.dayStart.getTime() - startedAt.getTime()) / 86_400_000;
  const base = {
    agencyId: ctx.agencyId,
    clientId: ctx.clientId,
    agentId: agent.id,
    direction,
    startedAt,
    status,
    reviewStatus: random.weighted(reviewWeights(ageDays)),
  };
  if (status === "missed" || status === "failed") {
    // Nobody spoke, so there is nothing to transcribe or record; a failed call still rang for a few seconds.
    const durationSeconds = status === "failed" ? random.int(2, 9) : 0;
    return {
      ...base,
      callerNumber: pickContact(random, ctx.contacts).number,
      durationSeconds,
      summary: UNANSWERED_SUMMARY[status][direction],
      costCents: cost(durationSeconds, ctx.client),
    };
  }
  const script = pickScript(random, ctx.client, status, direction, open);
  const contact =
    script.outcome === "spam" ? { first: "", name: "", number: spamNumber(random) } : pickContact(random, ctx.contacts);
  const slots = callSlots(random, {
    business: ctx.client.name,
    persona: agent.def.persona,
    greeting: agent.def.settings.greeting,
    people: ctx.client.people,
    contact,
  });
  const { lines, summary } = script.write(slots);
  const choices = poolEntriesFor(lines.map(([speaker]) => speaker));
  if (choices.length === 0)
    throw new Error(`No pooled recording fits a ${lines.length}-turn ${ctx.client.industry} script`);
  const recording = random.pick(choices);
  const transcript: TranscriptTurn[] = poolTurnStarts(recording).map((turn, i) => ({ ...turn, text: lines[i][1] }));
  return {
    ...base,
    callerNumber: contact.number,
    durationSeconds: recording.durationSeconds,
    outcome: script.outcome,
    sentiment: random.weighted(script.sentiment),
    summary,
    transcript,
    recordingPath: poolRelativePath(recording),
    costCents: cost(recording.durationSeconds, ctx.client),
  };
}

// Billed per started minute at the client's rate, as the invoices are.
const cost = (seconds: number, client: DemoClient) => Math.ceil(seconds / 60) * client.ratePerMinuteCents;

function inboundAgent(random: Random, agents: SeededAgent[], open: boolean): SeededAgent {
  const afterHours = agents.find((a) => a.def.role === "after_hours");
  if (!open && afterHours) return afterHours;
  return random.pick(agents.filter((a) => a.def.role === "inbound"));
}

function pickScript(
  random: Random,
  client: DemoClient,
  status: CallStatus,
  direction: CallDirection,
  open: boolean,
): CallScript {
  const kind = status === "voicemail" ? "voicemail" : "conversation";
  const fitting = SCRIPTS[client.industry].filter(
    (s) => s.kind === kind && s.direction === direction && !(open && s.afterHoursOnly),
  );
  return random.weighted(fitting.map((s) => [s, s.weight] as const));
}
