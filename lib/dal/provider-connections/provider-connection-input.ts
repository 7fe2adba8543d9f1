import "server-only";
import { z } from "zod";
import { VOICE_PROVIDER_IDS } from "@/lib/providers";

const apiKey = z.string().trim().min(8, "must be a provider API key").max(500);

export const CreateProviderConnectionInput = z.strictObject({
  provider: z.enum(VOICE_PROVIDER_IDS as ["vapi", "retell"]),
  apiKey,
  clientId: z.uuid().nullish(),
  apiBaseUrl: z.string().max(2000).nullish(),
});

/** Rotate the key and/or change the base URL; either one is validated live again. */
export const UpdateProviderConnectionInput = z
  .strictObject({ apiKey: apiKey.optional(), apiBaseUrl: z.string().max(2000).nullish() })
  .refine((v) => v.apiKey !== undefined || v.apiBaseUrl !== undefined, "send apiKey or apiBaseUrl");
