import { languageLabel, voiceLabel, type AgentChoices } from "./choice-labels";

/** One entry of Retell's `GET /list-voices` (retell-typescript-sdk `VoiceResponse`). */
export type RetellVoice = {
  voice_id: string;
  voice_name: string;
  provider: string;
  gender: string;
  accent?: string;
  age?: string;
  preview_audio_url?: string;
};

/**
 * The single locales Retell accepts as an agent's `language` (retell-typescript-sdk
 * `AgentResponse.language`, 2026-11); Retell has no endpoint listing them.
 */
export const RETELL_LANGUAGES = [
  "en-US",
  "en-IN",
  "en-GB",
  "en-AU",
  "en-NZ",
  "de-DE",
  "es-ES",
  "es-419",
  "hi-IN",
  "fr-FR",
  "fr-CA",
  "ja-JP",
  "pt-PT",
  "pt-BR",
  "zh-CN",
  "ru-RU",
  "it-IT",
  "ko-KR",
  "nl-NL",
  "nl-BE",
  "pl-PL",
  "tr-TR",
  "vi-VN",
  "ro-RO",
  "bg-BG",
  "ca-ES",
  "th-TH",
  "da-DK",
  "fi-FI",
  "el-GR",
  "hu-HU",
  "id-ID",
  "no-NO",
  "sk-SK",
  "sv-SE",
  "lt-LT",
  "lv-LV",
  "cs-CZ",
  "ms-MY",
  "af-ZA",
  "ar-SA",
  "az-AZ",
  "bs-BA",
  "cy-GB",
  "fa-IR",
  "fil-PH",
  "gl-ES",
  "he-IL",
  "hr-HR",
  "hy-AM",
  "is-IS",
  "kk-KZ",
  "kn-IN",
  "mk-MK",
  "mr-IN",
  "ne-NP",
  "sl-SI",
  "sr-RS",
  "sw-KE",
  "ta-IN",
  "ur-IN",
  "yue-CN",
  "uk-UA",
  "multi",
] as const;

export function retellChoices(voices: RetellVoice[]): AgentChoices {
  return {
    voices: voices.map((v) => ({
      id: v.voice_id,
      label: voiceLabel(v.voice_name, [v.accent, v.gender, v.age, v.provider]),
    })),
    languages: RETELL_LANGUAGES.map((code) => ({ id: code, label: languageLabel(code) })),
  };
}
