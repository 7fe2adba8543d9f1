import type { Random } from "@/db/seed/random";

const PLACES = [
  "Harbor",
  "Summit",
  "Oakridge",
  "Bright",
  "Nova",
  "Cedar",
  "Riverside",
  "Maple",
  "Granite",
  "Lakeside",
  "Pioneer",
  "Sunset",
  "Northgate",
  "Bayview",
  "Willow",
  "Evergreen",
  "Redwood",
  "Crescent",
  "Meadow",
  "Highland",
];
const TRADES = [
  "Dental",
  "Legal",
  "Plumbing",
  "Realty",
  "Veterinary",
  "Family Clinic",
  "HVAC",
  "Salon",
  "Auto Repair",
  "Chiropractic",
];
const SUFFIXES = ["Group", "Partners", "Co.", "Associates", "Center", "Studio", "& Sons", "Services"];
const FIRST = [
  "Ava",
  "Ben",
  "Chloe",
  "Daniel",
  "Ella",
  "Felix",
  "Grace",
  "Hugo",
  "Isla",
  "Jack",
  "Kira",
  "Leo",
  "Maya",
  "Noah",
  "Olivia",
  "Priya",
  "Quinn",
  "Ravi",
  "Sofia",
  "Theo",
  "Uma",
  "Victor",
  "Wen",
  "Yusuf",
  "Zoe",
];
const LAST = [
  "Alvarez",
  "Brooks",
  "Chen",
  "Dubois",
  "Evans",
  "Fischer",
  "Garcia",
  "Hughes",
  "Ito",
  "Jensen",
  "Kowalski",
  "Larsen",
  "Moreau",
  "Nakamura",
  "Okafor",
  "Patel",
  "Quinn",
  "Rossi",
  "Schmidt",
  "Tanaka",
  "Usman",
  "Varga",
  "Weber",
  "Young",
];

const COMBOS = PLACES.length * TRADES.length * SUFFIXES.length;

/** "Cedar Dental Partners": distinct for the first 1,600 clients, numbered after that. */
export function clientName(index: number): string {
  // A stride coprime with COMBOS walks every combination once, in a mixed-looking order.
  const k = (index * 617) % COMBOS;
  const base = `${PLACES[k % PLACES.length]} ${TRADES[Math.floor(k / PLACES.length) % TRADES.length]} ${SUFFIXES[Math.floor(k / (PLACES.length * TRADES.length))]}`;
  return index < COMBOS ? base : `${base} ${Math.floor(index / COMBOS) + 1}`;
}

export function personName(random: Random): string {
  return `${random.pick(FIRST)} ${random.pick(LAST)}`;
}

/** A North American number outside the 555 range agents use, so callers and lines never collide. */
export function callerNumber(random: Random): string {
  return `+1${random.int(201, 989)}${String(random.int(0, 9_999_999)).padStart(7, "0")}`;
}
