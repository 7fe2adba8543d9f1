import { randomUUID } from "node:crypto";
import type { CallDirection } from "@/db/schema";
import { reviewWeights, statusWeights, UNANSWERED_SUMMARY } from "@/db/seed/call-mix";
import type { Random } from "@/db/seed/random";
import { poolRelativePath, RECORDING_POOL } from "@/lib/recordings/recording-pool";
import { conversation, voicemail, type CallStory } from "./call-script";
import type { CopyValue } from "./copy-rows";
import { callerNumber } from "./names";
import { lowerBound } from "./seed-tenants";
import type { SeededClient, TenantModel } from "./tenant-model";

export const CALL_COLUMNS = [
  "id",
  "agency_id",
  "client_id",
  "agent_id",
  "direction",
  "caller_number",
  "started_at",
  "duration_seconds",
  "status",
  "review_status",
  "outcome",
  "sentiment",
  "summary",
  "transcript",
  "recording_path",
  "cost_cents",
] as const;

const DAY_MS = 86_400_000;
// Calls per UTC hour: the clients keep North American office hours (13:00–22:00 UTC).
const HOUR_WEIGHTS = [3, 2, 1, 1, 1, 1, 1, 1, 1, 2, 3, 5, 9, 14, 16, 16, 15, 15, 16, 15, 13, 10, 7, 5];
const HOUR_CUMULATIVE = HOUR_WEIGHTS.map((_, i) => HOUR_WEIGHTS.slice(0, i + 1).reduce((a, b) => a + b, 0));
const CONVERSATIONS = RECORDING_POOL.filter((e) => e.speakers.length >= 6);
const INBOUND_VOICEMAIL = RECORDING_POOL.filter((e) => e.speakers.length === 2 && e.speakers[0] === "agent");
const OUTBOUND_VOICEMAIL = RECORDING_POOL.filter((e) => e.speakers.length === 2 && e.speakers[0] === "caller");
const SAMPLE_SIZE = 32;

/**
 * `total` calls over the last `days` UTC days, in time order as a live system would have written
 * them (so a client's rows are spread over the whole table, as in production), weekdays busier than
 * weekends and volume growing over the year. Each client gets calls in proportion to its weight.
 */
export function* generateCalls(
  random: Random,
  model: TenantModel,
  total: number,
  days: number,
  now: Date,
): Generator<CopyValue[]> {
  const firstDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * DAY_MS;
  const dayWeights = Array.from({ length: days }, (_, d) => {
    const dow = new Date(firstDay + d * DAY_MS).getUTCDay();
    return (dow === 0 ? 0.3 : dow === 6 ? 0.45 : 1) * (0.7 + (0.6 * d) / days);
  });
  const weightSum = dayWeights.reduce((a, b) => a + b, 0);
  const clientCumulative: number[] = [];
  model.clients.reduce((sum, c, i) => (clientCumulative[i] = sum + c.weight), 0);
  const clientTotal = clientCumulative.at(-1) ?? 0;

  let assigned = 0;
  let cumulativeWeight = 0;
  for (let d = 0; d < days; d++) {
    cumulativeWeight += dayWeights[d];
    const upTo = d === days - 1 ? total : Math.round((total * cumulativeWeight) / weightSum);
    const dayStart = firstDay + d * DAY_MS;
    const times = Array.from({ length: upTo - assigned }, () => {
      const hour = lowerBound(HOUR_CUMULATIVE, random.next() * HOUR_CUMULATIVE[23]);
      // Today's calls all lie in the past.
      return Math.min(dayStart + hour * 3_600_000 + Math.floor(random.next() * 3_600_000), now.getTime() - 1_000);
    }).sort((a, b) => a - b);
    assigned = upTo;
    for (const time of times) {
      const client = model.clients[lowerBound(clientCumulative, random.next() * clientTotal)];
      yield callRow(random, model.agencyId, client, new Date(time), now);
    }
  }
}

function callRow(random: Random, agencyId: string, client: SeededClient, startedAt: Date, now: Date): CopyValue[] {
  const hour = startedAt.getUTCHours();
  const dow = startedAt.getUTCDay();
  const open = dow >= 1 && dow <= 5 && hour >= 13 && hour < 22;
  const outboundAgent = client.agents.find((a) => a.role === "outbound");
  const direction: CallDirection = outboundAgent && open && random.chance(0.2) ? "outbound" : "inbound";
  const afterHours = client.agents.find((a) => a.role === "after_hours");
  const agent =
    direction === "outbound"
      ? outboundAgent!
      : !open && afterHours
        ? afterHours
        : random.pick(client.agents.filter((a) => a.role === "inbound"));
  const status = random.weighted(statusWeights(direction, open));
  const ageDays = (now.getTime() - startedAt.getTime()) / DAY_MS;
  const id = randomUUID();
  remember(random, client, id);
  const caller = random.chance(0.04) ? callerNumber(random) : random.pick(client.contacts);
  const vars = { biz: client.name, agent: agent.name, name: random.pick(NAMES) };

  let story: CallStory | null = null;
  let recording: (typeof RECORDING_POOL)[number] | null = null;
  if (status === "completed") {
    recording = random.pick(CONVERSATIONS);
    story = conversation(random, recording, vars);
  } else if (status === "voicemail") {
    recording = random.pick(direction === "inbound" ? INBOUND_VOICEMAIL : OUTBOUND_VOICEMAIL);
    story = voicemail(recording, direction === "inbound", vars);
  }
  const durationSeconds = recording ? recording.durationSeconds : status === "failed" ? random.int(2, 9) : 0;
  const summary = story ? story.summary : UNANSWERED_SUMMARY[status as "missed" | "failed"][direction];
  return [
    id,
    agencyId,
    client.id,
    agent.id,
    direction,
    caller,
    startedAt,
    durationSeconds,
    status,
    random.weighted(reviewWeights(ageDays)),
    story?.outcome ?? null,
    story?.sentiment ?? null,
    summary,
    story?.transcript ?? null,
    recording ? poolRelativePath(recording) : null,
    Math.ceil(durationSeconds / 60) * client.ratePerMinuteCents,
  ];
}

const NAMES = [
  "Alex",
  "Sam",
  "Jordan",
  "Taylor",
  "Morgan",
  "Casey",
  "Jamie",
  "Riley",
  "Avery",
  "Dana",
  "Robin",
  "Chris",
];

// Reservoir sampling: a uniform sample of each client's calls without keeping them all.
function remember(random: Random, client: SeededClient, id: string) {
  client.callCount++;
  if (client.sampleCallIds.length < SAMPLE_SIZE) client.sampleCallIds.push(id);
  else if (random.next() * client.callCount < SAMPLE_SIZE) client.sampleCallIds[random.int(0, SAMPLE_SIZE - 1)] = id;
}
