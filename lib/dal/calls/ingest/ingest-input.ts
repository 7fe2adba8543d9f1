import "server-only";
import { z } from "zod";

export const MAX_BATCH = 1000;

const turn = z
  .object({
    speaker: z.enum(["agent", "caller"]),
    text: z.string().max(20_000),
    startSeconds: z.number().min(0).max(86_400),
  })
  .strict();

/**
 * One call pushed by another source (SPEC §13 generic ingestion): the §9 call shape plus the
 * source's own `externalId` (idempotency), our `agentId` (which says the client), and optionally
 * a recording to copy and a transcript. Costs are ours to compute, at the client's rate.
 */
export const IngestCallInput = z
  .object({
    externalId: z.string().trim().min(1).max(200),
    agentId: z.uuid("not a valid agent id"),
    startedAt: z.iso.datetime({ offset: true, message: "must be an ISO date-time" }),
    durationSeconds: z.int().min(0).max(86_400),
    direction: z.enum(["inbound", "outbound"]),
    status: z.enum(["completed", "missed", "voicemail", "failed"]),
    callerNumber: z.string().trim().min(1).max(64),
    outcome: z.enum(["booked", "message_taken", "transferred", "spam", "hung_up"]).nullable().optional(),
    sentiment: z.enum(["positive", "neutral", "negative"]).nullable().optional(),
    summary: z.string().max(10_000).nullable().optional(),
    transcript: z.array(turn).max(5_000).optional(),
    recordingUrl: z
      .url({ protocol: /^https?$/, message: "must be an http(s) URL" })
      .max(4_000)
      .optional(),
  })
  .strict();

export type IngestCall = z.infer<typeof IngestCallInput>;

export const IngestCallBatchInput = z
  .object({
    calls: z
      .array(IngestCallInput)
      .min(1, "Send at least one call.")
      .max(MAX_BATCH, `At most ${MAX_BATCH} calls in one batch.`),
  })
  .strict()
  .superRefine((batch, ctx) => {
    const seen = new Map<string, number>();
    batch.calls.forEach((call, index) => {
      const first = seen.get(call.externalId);
      if (first !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["calls", index, "externalId"],
          message: `repeats calls.${first}.externalId; send each call once`,
        });
      else seen.set(call.externalId, index);
    });
  });
