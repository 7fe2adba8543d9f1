import "server-only";
import { invalid } from "@/lib/errors";
import { ProviderError, type ProviderCredentials, type VoiceProvider } from "@/lib/providers/provider";

/** The live call made before a key is stored: a refused or unreachable provider is a 422, nothing saved. */
export async function validateKey(provider: VoiceProvider, creds: ProviderCredentials): Promise<void> {
  try {
    await provider.validate(creds);
  } catch (e) {
    if (!(e instanceof ProviderError)) throw e;
    const message =
      e.kind === "unauthorized"
        ? `${provider.label} refused this API key. Check that it is a private (server) key of the right account.`
        : `The key could not be checked: ${e.message}`;
    throw invalid(message, { field: "apiKey" });
  }
}
