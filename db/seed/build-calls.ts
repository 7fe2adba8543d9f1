import { buildCall, type ClientCallContext, type NewCall } from "./build-call";
import { buildContacts } from "./call-contacts";
import { callStartTimes, TRAFFIC } from "./call-times";
import { createRandom, seedFrom } from "./random";

const CONTACTS_PER_CLIENT = 120;

/**
 * One client's call history over the last 90 days, oldest first. Its PRNG is seeded from the
 * client's name only, so adding a client or an agency elsewhere never changes this one's calls.
 */
export function buildCalls(ctx: Omit<ClientCallContext, "contacts">): NewCall[] {
  const random = createRandom(seedFrom(`calls:${ctx.client.name}`));
  const contacts = buildContacts(random, CONTACTS_PER_CLIENT, ctx.client.areaCodes);
  const times = callStartTimes(random, ctx.client.callCount, ctx.dayStart, TRAFFIC[ctx.client.industry]);
  return times.map((startedAt) => buildCall(random, { ...ctx, contacts }, startedAt));
}
