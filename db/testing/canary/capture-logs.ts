import { format } from "node:util";
import { vi } from "vitest";

const METHODS = ["log", "info", "warn", "error", "debug"] as const;

/**
 * Runs `work` with every console line it writes kept (and not printed): the log lines a tenant's
 * requests produce are searched like their answers. Lines written by work still running in the
 * background after `work` returns are not attributed to it.
 */
export async function withLogs<T>(work: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const spies = METHODS.map((m) =>
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      lines.push(`[${m}] ${format(...args)}`);
    }),
  );
  try {
    return { result: await work(), lines };
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
}
