import { stream, type RequestSpec } from "./http";
import { cpuMsOf, memoryOf, resetPeak } from "./server";

export type ExportResult =
  | { key: string; label: string; available: false; note: string }
  | {
      key: string;
      label: string;
      available: true;
      status: number;
      rows: number;
      megabytes: number;
      seconds: number;
      firstByteMs: number;
      rowsPerSecond: number;
      rssBeforeMb: number;
      peakRssMb: number;
      peakSource: "VmHWM" | "sampled";
      /** Server CPU time spent on the export: rows per CPU-second is what an idle machine would approach. */
      cpuSeconds: number | null;
    };

/**
 * Downloads one export in full and watches the server process while it runs: the peak comes from
 * VmHWM after resetting it (exact), or from sampling VmRSS every 10 ms where the reset is refused.
 */
export async function measureExport(
  key: string,
  label: string,
  spec: RequestSpec,
  pid: number,
  headerLines: number,
): Promise<ExportResult> {
  const rssBeforeMb = memoryOf(pid).rssMb;
  const exact = resetPeak(pid);
  const cpuBefore = cpuMsOf(pid);
  let sampled = rssBeforeMb;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, memoryOf(pid).rssMb);
  }, 10);
  try {
    const result = await stream(spec);
    if (result.status === 404) return { key, label, available: false, note: "not available in this build (404)" };
    if (result.status !== 200) return { key, label, available: false, note: `answered ${result.status}` };
    const rows = Math.max(0, result.lines - headerLines);
    const seconds = result.totalMs / 1000;
    const cpuAfter = cpuMsOf(pid);
    return {
      key,
      label,
      available: true,
      status: result.status,
      rows,
      megabytes: result.bytes / 1_048_576,
      seconds,
      firstByteMs: result.firstByteMs,
      rowsPerSecond: rows / seconds,
      rssBeforeMb,
      peakRssMb: exact ? Math.max(memoryOf(pid).peakMb, sampled) : sampled,
      peakSource: exact ? "VmHWM" : "sampled",
      cpuSeconds: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / 1000,
    };
  } finally {
    clearInterval(sampler);
  }
}
