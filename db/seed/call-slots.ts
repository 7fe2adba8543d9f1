import type { Contact } from "./call-contacts";
import { spokenNumber } from "./call-contacts";
import { SPAM_CALLERS } from "./names";
import type { Random } from "./random";
import type { Slots } from "./scripts/types";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"] as const;
const TIMES = ["8:30 AM", "9:00 AM", "10:15 AM", "11:30 AM", "1:00 PM", "2:45 PM", "3:30 PM", "4:15 PM"] as const;

type SlotSource = { business: string; persona: string; greeting: string; people: readonly string[]; contact: Contact };

/** Fills a script's blanks for one call from the call's own PRNG. */
export function callSlots(random: Random, source: SlotSource): Slots {
  return {
    business: source.business,
    assistant: source.persona,
    greeting: source.greeting,
    caller: source.contact.name,
    first: source.contact.first,
    callback: spokenNumber(source.contact.number),
    day: random.pick(WEEKDAYS),
    time: random.pick(TIMES),
    staff: random.pick(source.people),
    spammer: random.pick(SPAM_CALLERS),
    pick: (items) => random.pick(items),
  };
}
