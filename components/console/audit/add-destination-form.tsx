"use client";

import { useRef, useState, type FormEvent } from "react";
import { createDestinationAction } from "@/app/actions/audit-settings";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useRunAction } from "@/lib/actions/use-run-action";

const KINDS = {
  https_json: {
    label: "HTTPS JSON (HMAC-signed)",
    secret: "Signing secret",
    hint: 'We sign each request: Signature: t=<unix time>,v1=<HMAC-SHA256 of "t.body">.',
  },
  splunk_hec: {
    label: "Splunk HTTP Event Collector",
    secret: "HEC token",
    hint: "Use the collector's /services/collector/event URL; the token is sent as Authorization: Splunk <token>.",
  },
} as const;
type Kind = keyof typeof KINDS;

export function AddDestinationForm({ disabled }: { disabled: boolean }) {
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<Kind>("https_json");
  const [error, setError] = useState<string | null>(null);
  const { pending, run } = useRunAction();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    run(
      () =>
        createDestinationAction({
          kind,
          name: String(data.get("name") ?? ""),
          url: String(data.get("url") ?? ""),
          secret: String(data.get("secret") ?? ""),
        }),
      {
        onError: (failure) => setError(failure.error),
        errorToast: false,
        onSuccess: () => {
          setError(null);
          form.current?.reset();
        },
        refresh: "never", // the action revalidates the page
      },
    );
  }

  return (
    <form ref={form} onSubmit={submit} className="grid gap-3 sm:grid-cols-2" aria-label="Add a destination" noValidate>
      <div className="grid gap-1.5">
        <Label htmlFor="destination-kind">Kind</Label>
        <Select value={kind} onValueChange={(v) => setKind(v as Kind)}>
          <SelectTrigger id="destination-kind" className="w-full">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {Object.entries(KINDS).map(([k, v]) => (
              <SelectItem key={k} value={k}>
                {v.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="destination-name">Name</Label>
        <Input id="destination-name" name="name" placeholder="Security team SIEM" required maxLength={80} />
      </div>
      <div className="grid gap-1.5 sm:col-span-2">
        <Label htmlFor="destination-url">URL</Label>
        <Input id="destination-url" name="url" type="url" placeholder="https://siem.example.com/ingest" required />
      </div>
      <div className="grid gap-1.5 sm:col-span-2">
        <Label htmlFor="destination-secret">{KINDS[kind].secret}</Label>
        <Input
          id="destination-secret"
          name="secret"
          type="password"
          autoComplete="off"
          required
          minLength={16}
          aria-describedby="destination-hint"
        />
        <p id="destination-hint" className="text-sm text-muted-foreground">
          {KINDS[kind].hint} Stored encrypted; never shown again.
        </p>
      </div>
      {error && (
        <p className="text-sm text-destructive sm:col-span-2" data-testid="destination-error">
          {error}
        </p>
      )}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending || disabled}>
          Add destination
        </Button>
        {disabled && <span className="ml-3 text-sm text-muted-foreground">Five destinations is the limit.</span>}
      </div>
    </form>
  );
}
