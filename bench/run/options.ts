import { parseArgs } from "node:util";

export type RunOptions = {
  duration: number;
  warmup: number;
  connections: number;
  deepPages: number;
  exports: boolean;
  only: string[] | null;
};

const USAGE = `npm run bench -- [--duration 10] [--warmup 3] [--connections 50] [--deep-pages 200] [--no-exports] [--only calls,baseline,…]
Needs a production build (npx next build) and DATABASE_URL seeded by npm run bench:seed.`;

export function parseRunOptions(argv: string[]): RunOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      "deep-pages": { type: "string" },
      "no-exports": { type: "boolean" },
      only: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const number = (name: string, raw: string | undefined, fallback: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number ≥ 0`);
    return value;
  };
  return {
    duration: number("duration", values.duration, 10),
    warmup: number("warmup", values.warmup, 3),
    connections: number("connections", values.connections, 50),
    deepPages: number("deep-pages", values["deep-pages"], 200),
    exports: !values["no-exports"],
    only: values.only ? values.only.split(",").map((s) => s.trim()) : null,
  };
}
