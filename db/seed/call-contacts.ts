import { FIRST_NAMES, LAST_NAMES } from "./names";
import type { Random } from "./random";

export type Contact = { first: string; name: string; number: string };

// 555-0100…0199 is the range reserved for fiction, so no demo number can ring a real phone.
// 0100…0109 are left for the clients' own office lines (agents' transfer numbers).
const fictionalNumber = (random: Random, areaCode: string) => `+1${areaCode}5550${random.int(110, 199)}`;

/** The people who call one client: each has one name and one number across all their calls. */
export function buildContacts(random: Random, size: number, areaCodes: readonly string[]): Contact[] {
  const seen = new Set<string>();
  const contacts: Contact[] = [];
  for (let guard = 0; contacts.length < size && guard < size * 20; guard++) {
    const number = fictionalNumber(random, random.pick(areaCodes));
    if (seen.has(number)) continue;
    seen.add(number);
    const first = random.pick(FIRST_NAMES);
    contacts.push({ first, name: `${first} ${random.pick(LAST_NAMES)}`, number });
  }
  return contacts;
}

/** Skewed towards the first contacts, so some people call again and again, as real customers do. */
export function pickContact(random: Random, contacts: readonly Contact[]): Contact {
  return contacts[Math.floor(contacts.length * random.next() ** 1.7)];
}

/** A cold caller's number: toll-free prefixes, still in the fictional range. */
export function spamNumber(random: Random): string {
  return fictionalNumber(random, random.pick(["833", "844", "855", "866"]));
}

/** "+16175550142" → "(617) 555-0142", as a receptionist would read it back. */
export function spokenNumber(e164: string): string {
  const digits = e164.slice(-10);
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}
