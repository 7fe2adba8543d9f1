"use client";

import { useState, type ReactNode } from "react";
import { Loader2 } from "lucide-react";
import { FormField } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import type { ActionResult } from "@/lib/actions/run-action";
import { useRunAction } from "@/lib/actions/use-run-action";
import type { IntegrationDto } from "@/lib/dal/integrations/integration-dto";
import { PROVIDERS, WEBHOOK_EVENTS, type IntegrationKind } from "@/lib/integrations/providers";

type Saved = { id: string; name: string; signingSecret?: string };

/**
 * Connect (pick a provider of this kind) or configure (an existing integration). Credentials
 * are write-only: the form shows the stored hint and sends a new value only when one is typed.
 */
export function IntegrationFormDialog({
  kind,
  existing,
  trigger,
  submit,
  verb,
  onSaved,
}: {
  kind: IntegrationKind;
  existing?: IntegrationDto;
  trigger: ReactNode;
  submit: (input: Record<string, unknown>) => Promise<ActionResult<Saved>>;
  /** The toast's first word: "Connected", "Saved". */
  verb: string;
  onSaved: (saved: Saved) => void;
}) {
  const choices = PROVIDERS.filter((p) => p.kind === kind);
  const [open, setOpen] = useState(false);
  const [providerId, setProviderId] = useState(existing?.provider ?? choices[0].id);
  const [name, setName] = useState(existing?.name ?? "");
  const [config, setConfig] = useState<Record<string, string>>(existing?.config ?? {});
  const [secret, setSecret] = useState("");
  const [error, setError] = useState<string | null>(null);
  const { pending, run } = useRunAction();
  const provider = PROVIDERS.find((p) => p.id === providerId);
  const events = new Set((config.events || "call.completed").split(",").filter(Boolean));

  const reset = () => {
    setProviderId(existing?.provider ?? choices[0].id);
    setName(existing?.name ?? "");
    setConfig(existing?.config ?? {});
    setSecret("");
    setError(null);
  };

  function save(event: React.FormEvent) {
    event.preventDefault();
    const input: Record<string, unknown> = { name: name.trim() || provider?.label, config };
    if (!existing) input.provider = providerId;
    if (secret.trim()) input.secret = secret.trim();
    run(() => submit(input), {
      errorToast: false,
      onError: (failure) => setError(failure.error),
      success: (saved) => `${verb}: ${saved.name}.`,
      onSuccess: (saved) => {
        setOpen(false);
        setSecret("");
        onSaved(saved);
      },
    });
  }

  const setField = (key: string, value: string) => setConfig((c) => ({ ...c, [key]: value }));
  const toggleEvent = (id: string, on: boolean) => {
    const next = new Set(events);
    if (on) next.add(id);
    else next.delete(id);
    setField("events", [...next].join(","));
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) reset();
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <form onSubmit={save} className="grid gap-4" noValidate data-testid="integration-form">
          <DialogHeader>
            <DialogTitle>
              {existing
                ? `Configure ${existing.name}`
                : kind === "webhook"
                  ? "Add a webhook"
                  : `Connect a ${kind === "crm" ? "CRM" : "calendar"}`}
            </DialogTitle>
            <DialogDescription>
              {kind === "webhook"
                ? "We POST a signed JSON event to your endpoint when something happens."
                : "Credentials are stored encrypted and never shown again."}
            </DialogDescription>
          </DialogHeader>
          {error && (
            <p
              role="status"
              data-testid="integration-form-error"
              className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
            >
              {error}
            </p>
          )}
          {!existing && choices.length > 1 && (
            <FormField id="provider" label="Service">
              <Select
                value={providerId}
                onValueChange={(v) => {
                  setProviderId(v);
                  setConfig({});
                }}
              >
                <SelectTrigger id="provider" className="w-full">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {choices.map((p) => (
                    <SelectItem key={p.id} value={p.id}>
                      {p.label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </FormField>
          )}
          <FormField id="integration-name" label="Name">
            <Input
              id="integration-name"
              value={name}
              placeholder={provider?.label}
              onChange={(e) => setName(e.target.value)}
              maxLength={80}
            />
          </FormField>
          {provider?.fields.map((field) => {
            if (field.key === "events") {
              return (
                <fieldset key={field.key} className="grid gap-2">
                  <legend className="mb-1 text-sm font-medium">Events</legend>
                  {WEBHOOK_EVENTS.map((e) => (
                    <Label key={e.id} className="font-normal">
                      <Checkbox checked={events.has(e.id)} onCheckedChange={(v) => toggleEvent(e.id, v === true)} />
                      {e.label} <span className="font-mono text-xs text-muted-foreground">{e.id}</span>
                    </Label>
                  ))}
                </fieldset>
              );
            }
            if (field.type === "toggle") {
              return (
                <Label key={field.key} className="justify-between font-normal">
                  {field.label}
                  <Switch
                    checked={config[field.key] === "true"}
                    onCheckedChange={(v) => setField(field.key, v ? "true" : "false")}
                  />
                </Label>
              );
            }
            const id = `field-${field.key}`;
            return (
              <FormField key={field.key} id={id} label={field.required ? field.label : `${field.label} (optional)`}>
                <Input
                  id={id}
                  value={config[field.key] ?? ""}
                  placeholder={field.placeholder}
                  onChange={(e) => setField(field.key, e.target.value)}
                  required={field.required}
                />
              </FormField>
            );
          })}
          {provider?.secretLabel && (
            <FormField
              id="integration-secret"
              label={provider.secretLabel}
              hint={existing?.secretHint ? `Stored: ${existing.secretHint}` : undefined}
            >
              <Input
                id="integration-secret"
                type="password"
                autoComplete="off"
                value={secret}
                onChange={(e) => setSecret(e.target.value)}
                placeholder={existing ? "Leave empty to keep the stored one" : "Paste it here"}
              />
            </FormField>
          )}
          <DialogFooter>
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending && <Loader2 className="animate-spin" aria-hidden />}
              {existing ? "Save" : kind === "webhook" ? "Add webhook" : "Connect"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
