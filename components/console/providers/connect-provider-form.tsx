"use client";

import { useState } from "react";
import { Loader2, Plug } from "lucide-react";
import { connectProviderAction } from "@/app/actions/provider-connections";
import { FormField } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { useRunAction } from "@/lib/actions/use-run-action";

/** Connects Vapi or Retell with a private API key; the key is checked live before it is kept. */
export function ConnectProviderForm({ clientId }: { clientId: string | null }) {
  const [provider, setProvider] = useState("retell");
  const [apiKey, setApiKey] = useState("");
  const [apiBaseUrl, setApiBaseUrl] = useState("");
  const [error, setError] = useState<string | null>(null);
  const { pending, run } = useRunAction();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input: Record<string, unknown> = { provider, apiKey: apiKey.trim() };
    if (clientId) input.clientId = clientId;
    if (apiBaseUrl.trim()) input.apiBaseUrl = apiBaseUrl.trim();
    run(() => connectProviderAction(input), {
      errorToast: false,
      onError: (f) => setError(f.error),
      success: "Connected. Sync to import its agents.",
      onSuccess: () => {
        setApiKey("");
        setError(null);
      },
    });
  };
  return (
    <form onSubmit={submit} className="grid gap-4 sm:grid-cols-[10rem_1fr]" aria-label="Connect a provider">
      {error && (
        <p role="status" className="text-sm text-destructive sm:col-span-2">
          {error}
        </p>
      )}
      <FormField id="provider-kind" label="Provider">
        <NativeSelect id="provider-kind" value={provider} onChange={(e) => setProvider(e.target.value)}>
          <option value="retell">Retell AI</option>
          <option value="vapi">Vapi</option>
        </NativeSelect>
      </FormField>
      <FormField id="provider-key" label="API key" hint="a private (server) key; stored encrypted">
        <Input
          id="provider-key"
          type="password"
          autoComplete="off"
          value={apiKey}
          onChange={(e) => setApiKey(e.target.value)}
          required
        />
      </FormField>
      <FormField id="provider-base" label="API address (optional)" hint="regional or self-hosted gateways">
        <Input
          id="provider-base"
          inputMode="url"
          placeholder="https://api.retellai.com"
          value={apiBaseUrl}
          onChange={(e) => setApiBaseUrl(e.target.value)}
        />
      </FormField>
      <div className="flex items-end">
        <Button type="submit" disabled={pending || !apiKey.trim()}>
          {pending ? <Loader2 className="animate-spin" aria-hidden /> : <Plug aria-hidden />} Connect
        </Button>
      </div>
    </form>
  );
}
