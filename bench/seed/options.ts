import { parseArgs } from "node:util";

export type SeedOptions = {
  clients: number;
  users: number;
  calls: number;
  audit: number;
  /** Calls of the bench client itself: the one the portal benchmarks look at. */
  benchClientCalls: number;
  days: number;
  reset: boolean;
};

const USAGE = `npm run bench:seed -- [--clients 1000] [--users 5000] [--calls 1000000] [--audit 2000000]
                      [--bench-client-calls <10% of --calls>] [--days 365] [--reset]
Generates a large agency (slug "bench") into DATABASE_URL (PostgreSQL only).
--reset drops every table of that database first and migrates it again.`;

const positive = (name: string, raw: string | undefined, fallback: number, min = 0) => {
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll("_", ""));
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min} (got "${raw}")`);
  return value;
};

export function parseSeedOptions(argv: string[]): SeedOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      clients: { type: "string" },
      users: { type: "string" },
      calls: { type: "string" },
      audit: { type: "string" },
      "bench-client-calls": { type: "string" },
      days: { type: "string" },
      reset: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const calls = positive("calls", values.calls, 1_000_000);
  const options = {
    clients: positive("clients", values.clients, 1_000, 1),
    users: positive("users", values.users, 5_000),
    calls,
    audit: positive("audit", values.audit, 2_000_000),
    benchClientCalls: positive("bench-client-calls", values["bench-client-calls"], Math.round(calls / 10)),
    days: positive("days", values.days, 365, 1),
    reset: Boolean(values.reset),
  };
  if (options.benchClientCalls > options.calls) throw new Error("--bench-client-calls cannot exceed --calls");
  return options;
}
