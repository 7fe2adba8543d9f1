/** One entry of a voice or language picker: the provider's id and what a person reads. */
export type Choice = { id: string; label: string };

/** The voices and languages an agent may be set to, as its provider offers them. */
export type AgentChoices = { voices: Choice[]; languages: Choice[] };

const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/**
 * A provider's language code as a name ("en-GB" → "British English (en-GB)"), from the runtime's
 * own locale data rather than a hand-kept table; codes that are no BCP 47 tag ("es-LATAM") or
 * that the runtime does not know stay as they are.
 */
export function languageLabel(code: string): string {
  if (code === "multi") return "Multilingual (multi)";
  try {
    const name = names.of(code);
    return name ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** "Adrian — American, male" from whichever descriptive parts a provider gives. */
export function voiceLabel(name: string, parts: (string | null | undefined)[]): string {
  const described = parts.filter((p): p is string => !!p && p.trim() !== "").join(", ");
  return described ? `${name} — ${described}` : name;
}
