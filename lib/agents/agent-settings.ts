import { z } from "zod";

// What an agent may be set to. Pure data and zod, so the verb and the edit form share it.
export const VOICES = [
  { id: "alloy", label: "Alloy — neutral, even" },
  { id: "ash", label: "Ash — calm, low" },
  { id: "ballad", label: "Ballad — warm, expressive" },
  { id: "coral", label: "Coral — bright, friendly" },
  { id: "echo", label: "Echo — clear, measured" },
  { id: "nova", label: "Nova — warm, upbeat" },
  { id: "sage", label: "Sage — composed, professional" },
  { id: "shimmer", label: "Shimmer — light, cheerful" },
  { id: "verse", label: "Verse — lively, conversational" },
] as const;

export const LANGUAGES = [
  { id: "en-US", label: "English (United States)" },
  { id: "en-GB", label: "English (United Kingdom)" },
  { id: "en-CA", label: "English (Canada)" },
  { id: "en-AU", label: "English (Australia)" },
  { id: "es-US", label: "Spanish (United States)" },
  { id: "es-MX", label: "Spanish (Mexico)" },
  { id: "es-ES", label: "Spanish (Spain)" },
  { id: "fr-CA", label: "French (Canada)" },
  { id: "fr-FR", label: "French (France)" },
  { id: "de-DE", label: "German (Germany)" },
  { id: "it-IT", label: "Italian (Italy)" },
  { id: "pt-BR", label: "Portuguese (Brazil)" },
  { id: "nl-NL", label: "Dutch (Netherlands)" },
] as const;

export const voiceName = (id: string) => VOICES.find((v) => v.id === id)?.label.split(" — ")[0] ?? id;
export const languageName = (id: string) => LANGUAGES.find((l) => l.id === id)?.label ?? id;

type VoiceId = (typeof VOICES)[number]["id"];
type LanguageId = (typeof LANGUAGES)[number]["id"];
const VOICE_IDS = VOICES.map((v) => v.id) as [VoiceId, ...VoiceId[]];
const LANGUAGE_IDS = LANGUAGES.map((l) => l.id) as [LanguageId, ...LanguageId[]];

export const PROMPT_MAX = 8000;
export const GREETING_MAX = 500;
export const BUSINESS_HOURS_MAX = 200;
const E164 = /^\+[1-9]\d{6,14}$/;

/** The seven editable settings, in the order the form shows them. */
export const AGENT_SETTING_FIELDS = [
  "prompt",
  "greeting",
  "voice",
  "language",
  "businessHours",
  "transferNumber",
  "maxCallMinutes",
] as const;
export type AgentSettingField = (typeof AGENT_SETTING_FIELDS)[number];

export const AGENT_FIELD_LABELS: Record<AgentSettingField, string> = {
  prompt: "Prompt",
  greeting: "Greeting",
  voice: "Voice",
  language: "Language",
  businessHours: "Business hours",
  transferNumber: "Transfer number",
  maxCallMinutes: "Max call length (minutes)",
};

export const AgentSettingsSchema = z.object({
  prompt: z.string().trim().min(1, "Write a prompt.").max(PROMPT_MAX, `At most ${PROMPT_MAX} characters.`),
  greeting: z.string().trim().min(1, "Write a greeting.").max(GREETING_MAX, `At most ${GREETING_MAX} characters.`),
  // An agent imported from a voice provider keeps the provider's own voice and language ids
  // (e.g. Retell's "11labs-Adrian"); agents made here are held to the lists (isListedSetting).
  voice: z
    .string()
    .trim()
    .regex(/^[\w.:+-]{1,100}$/, "Pick one of the listed voices."),
  language: z
    .string()
    .trim()
    .regex(/^[\w.:+-]{1,100}$/, "Pick one of the listed languages."),
  businessHours: z.string().trim().max(BUSINESS_HOURS_MAX, `At most ${BUSINESS_HOURS_MAX} characters.`),
  // People type "+1 (303) 555-0100": keep the digits, then insist on E.164 (or nothing: no transfer).
  transferNumber: z
    .string()
    .transform((s) => s.replace(/[\s().-]/g, ""))
    .pipe(
      z.union([
        z.literal(""),
        z.string().regex(E164, "Use international format, e.g. +13035550100, or leave it empty."),
      ]),
    ),
  maxCallMinutes: z
    .number({ message: "Enter a whole number of minutes." })
    .int("Enter a whole number of minutes.")
    .min(1, "At least 1 minute.")
    .max(60, "At most 60 minutes."),
});

/** For agents made here: the voice and language must be ones this product lists. */
export function unlistedSetting(settings: { voice: string; language: string }): string | null {
  if (!(VOICE_IDS as readonly string[]).includes(settings.voice)) return "voice: Pick one of the listed voices.";
  if (!(LANGUAGE_IDS as readonly string[]).includes(settings.language))
    return "language: Pick one of the listed languages.";
  return null;
}

export type AgentSettingsValues = z.infer<typeof AgentSettingsSchema>;

/** Any subset of the settings plus the version the editor loaded (optimistic concurrency). */
export const UpdateAgentInput = AgentSettingsSchema.partial().extend({ version: z.number().int().positive() }).strict();
export type UpdateAgentInputValues = z.infer<typeof UpdateAgentInput>;

export const RevertAgentInput = z
  .object({ toVersion: z.number().int().positive(), version: z.number().int().positive() })
  .strict();

export type SettingsDiff = Partial<Record<AgentSettingField, { before: unknown; after: unknown }>>;

/** The fields that differ between two settings, each with its before and after value. */
export function diffSettings(
  before: Record<AgentSettingField, unknown>,
  after: Record<AgentSettingField, unknown>,
): SettingsDiff {
  const diff: SettingsDiff = {};
  for (const field of AGENT_SETTING_FIELDS) {
    if (before[field] !== after[field]) diff[field] = { before: before[field], after: after[field] };
  }
  return diff;
}

/**
 * The diff as the audit log keeps it: the prompt is the client's script and can be long and
 * sensitive, so the log records only that it changed (the version history keeps the text).
 */
export function auditDiff(diff: SettingsDiff): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(diff).map(([field, change]) => [field, field === "prompt" ? "changed" : change]),
  );
}
