import { AppError } from "@/lib/errors";
import { ALL_TAGS, tagPattern, type TenantTag } from "./canaries";

export type Viewer = { who: string; forbidden: TenantTag[] };
export type Answer = { who: string; channel: string; forbidden: TenantTag[]; text: string };
export type Leak = { who: string; channel: string; needle: string; excerpt: string };

/** Opaque values (ids, hashes, ciphertexts, session ids) of each tenant, searched for as they are. */
export type OpaqueNeedles = Map<TenantTag, Set<string>>;

/**
 * Collects every answer a viewer got — results, refusals, file bodies, mail, log lines — as text,
 * and finds in them the canaries and opaque values of the tenants that viewer must never see.
 */
export class SweepRecorder {
  readonly answers: Answer[] = [];
  /** A verb that threw something other than an AppError: a 500 in production. */
  readonly crashes: string[] = [];

  record(viewer: Viewer, channel: string, value: unknown) {
    const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
    this.answers.push({ who: viewer.who, channel, forbidden: viewer.forbidden, text });
  }

  /** Runs one verb as the viewer; its answer, or its refusal, is recorded either way. */
  async ask<T>(viewer: Viewer, channel: string, verb: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await verb();
      this.record(viewer, channel, result);
      return result;
    } catch (error) {
      if (error instanceof AppError) {
        this.record(viewer, `${channel} → ${error.status}`, {
          code: error.code,
          message: error.message,
          details: error.details,
        });
        return undefined;
      }
      const message = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
      this.crashes.push(`${viewer.who} ${channel}: ${message}`);
      this.record(viewer, `${channel} → crash`, message);
      return undefined;
    }
  }

  leaks(opaque: OpaqueNeedles): Leak[] {
    const found: Leak[] = [];
    for (const answer of this.answers) {
      for (const match of answer.text.matchAll(tagPattern(answer.forbidden))) {
        found.push({
          who: answer.who,
          channel: answer.channel,
          needle: match[0],
          excerpt: excerpt(answer.text, match.index),
        });
      }
      for (const tag of answer.forbidden) {
        for (const value of opaque.get(tag) ?? []) {
          const at = answer.text.indexOf(value);
          if (at >= 0)
            found.push({
              who: answer.who,
              channel: answer.channel,
              needle: `${tag}:${value}`,
              excerpt: excerpt(answer.text, at),
            });
        }
      }
    }
    return found;
  }

  /** Positive control: how many answers showed the viewer's own canaries (a sweep that sees nothing proves nothing). */
  ownSightings(): number {
    return this.answers.filter((a) => tagPattern(ALL_TAGS.filter((t) => !a.forbidden.includes(t))).test(a.text)).length;
  }
}

function excerpt(text: string, at = 0): string {
  return text.slice(Math.max(0, at - 80), at + 120).replace(/\s+/g, " ");
}
