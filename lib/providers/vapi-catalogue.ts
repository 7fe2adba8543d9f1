import { languageLabel, voiceLabel, type AgentChoices } from "./choice-labels";

/**
 * Vapi has no API that lists voices across its voice providers; what it documents is its own
 * `vapi` voice provider's set ("Vapi Voices", docs.vapi.ai/providers/voice/vapi-voices, active
 * voices as of 2026-11; the retired legacy ones are left out). Choosing one of these sets the
 * assistant's voice provider to `vapi` (lib/providers/vapi.ts `vapiPatchFor`).
 */
export const VAPI_VOICES = [
  { id: "Elliot", gender: "male", accent: "Canadian", age: "20s" },
  { id: "Savannah", gender: "female", accent: "American (Southern)", age: "20s" },
  { id: "Rohan", gender: "male", accent: "Indian American", age: "20s" },
  { id: "Emma", gender: "female", accent: "Asian American", age: "20s" },
  { id: "Clara", gender: "female", accent: "American", age: "30s" },
  { id: "Nico", gender: "male", accent: "American", age: "20s" },
  { id: "Kai", gender: "male", accent: "American", age: "30s" },
  { id: "Sagar", gender: "male", accent: "Indian American", age: "20s" },
  { id: "Godfrey", gender: "male", accent: "American", age: "20s" },
  { id: "Neil", gender: "male", accent: "Indian American", age: "20s" },
  { id: "Layla", gender: "female", accent: "American", age: "20s" },
  { id: "Sid", gender: "male", accent: "American", age: "30s" },
  { id: "Naina", gender: "female", accent: "Indian American", age: "20s" },
] as const;

export const isVapiVoice = (id: string) => VAPI_VOICES.some((v) => v.id === id);

/**
 * The languages Vapi accepts on a Deepgram transcriber (the `DeepgramTranscriber.language` enum
 * of Vapi's API). Other transcribers have other sets; for them only the current language is offered.
 */
export const VAPI_DEEPGRAM_LANGUAGES = [
  "bg",
  "ca",
  "cs",
  "da",
  "da-DK",
  "de",
  "de-CH",
  "el",
  "en",
  "en-AU",
  "en-GB",
  "en-IN",
  "en-NZ",
  "en-US",
  "es",
  "es-419",
  "es-LATAM",
  "et",
  "fi",
  "fr",
  "fr-CA",
  "hi",
  "hi-Latn",
  "hu",
  "id",
  "it",
  "ja",
  "ko",
  "ko-KR",
  "lt",
  "lv",
  "ms",
  "multi",
  "nl",
  "nl-BE",
  "no",
  "pl",
  "pt",
  "pt-BR",
  "ro",
  "ru",
  "sk",
  "sv",
  "sv-SE",
  "ta",
  "taq",
  "th",
  "th-TH",
  "tr",
  "uk",
  "vi",
  "zh",
  "zh-CN",
  "zh-Hans",
  "zh-Hant",
  "zh-TW",
] as const;

/** The choices for one assistant, given the transcriber it uses. */
export function vapiChoices(transcriberProvider: string | undefined): AgentChoices {
  return {
    voices: VAPI_VOICES.map((v) => ({ id: v.id, label: voiceLabel(v.id, [v.accent, v.gender, "Vapi voice"]) })),
    languages:
      transcriberProvider === "deepgram"
        ? VAPI_DEEPGRAM_LANGUAGES.map((code) => ({ id: code, label: languageLabel(code) }))
        : [],
  };
}
