"use client";

import { useState } from "react";
import { KeyRound, Loader2 } from "lucide-react";
import { createApiKeyAction } from "@/app/actions/api-keys";
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
import { NativeSelect } from "@/components/ui/native-select";
import { useRunAction } from "@/lib/actions/use-run-action";
import { isReadScope } from "@/lib/api-keys/read-scopes";

const EXPIRIES = [
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
  { days: 180, label: "180 days" },
  { days: 365, label: "1 year" },
];

export type KeyClientChoice = { id: string; name: string };

/**
 * A new key: name, scopes from the creator's own capabilities ("Read only" ticks the reading
 * ones), for agency keys an optional list of clients, and an expiry. The secret comes back once.
 */
export function CreateApiKeyDialog({
  scopes,
  clients,
  onCreated,
}: {
  scopes: string[];
  /** Agency keys only: the clients a key may be limited to. */
  clients?: KeyClientChoice[];
  onCreated: (secret: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [limitTo, setLimitTo] = useState<Set<string>>(new Set());
  const [days, setDays] = useState(90);
  const [error, setError] = useState<string | null>(null);
  const { pending, run } = useRunAction();

  const toggle = (set: Set<string>, value: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input: Record<string, unknown> = { name, scopes: [...chosen], expiresInDays: days };
    if (clients && limitTo.size) input.clientIds = [...limitTo];
    run(() => createApiKeyAction(input), {
      errorToast: false,
      onError: (failure) => setError(failure.error),
      success: (key) => `Key created: ${key.name}.`,
      onSuccess: (key) => {
        setOpen(false);
        onCreated(key.key);
      },
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) {
          setName("");
          setChosen(new Set());
          setLimitTo(new Set());
          setDays(90);
          setError(null);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button type="button">
          <KeyRound aria-hidden /> Create key
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto">
        <form onSubmit={submit} className="grid gap-4" noValidate data-testid="api-key-form">
          <DialogHeader>
            <DialogTitle>Create an API key</DialogTitle>
            <DialogDescription>
              A key acts with the scopes you choose, never with more than you may do yourself.
            </DialogDescription>
          </DialogHeader>
          {error && (
            <p
              role="status"
              className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
            >
              {error}
            </p>
          )}
          <FormField id="api-key-name" label="Name">
            <Input id="api-key-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required />
          </FormField>
          <fieldset className="grid gap-2">
            <legend className="text-sm font-medium">Scopes</legend>
            <div className="flex flex-wrap gap-2">
              <Button
                type="button"
                size="sm"
                variant="outline"
                onClick={() => setChosen(new Set(scopes.filter(isReadScope)))}
              >
                Read only
              </Button>
              <Button type="button" size="sm" variant="outline" onClick={() => setChosen(new Set(scopes))}>
                Everything I can do
              </Button>
            </div>
            <div className="grid gap-2 sm:grid-cols-2">
              {scopes.map((scope) => (
                <div key={scope} className="flex items-center gap-2">
                  <Checkbox
                    id={`scope-${scope}`}
                    checked={chosen.has(scope)}
                    onCheckedChange={(on) => setChosen((c) => toggle(c, scope, on === true))}
                  />
                  <Label htmlFor={`scope-${scope}`} className="font-mono text-xs">
                    {scope}
                  </Label>
                </div>
              ))}
            </div>
          </fieldset>
          {clients && clients.length > 0 && (
            <fieldset className="grid gap-2">
              <legend className="text-sm font-medium">Limit to clients</legend>
              <p className="text-xs text-muted-foreground">None ticked: every client you can see.</p>
              <div className="grid max-h-40 gap-2 overflow-y-auto sm:grid-cols-2">
                {clients.map((c) => (
                  <div key={c.id} className="flex items-center gap-2">
                    <Checkbox
                      id={`key-client-${c.id}`}
                      checked={limitTo.has(c.id)}
                      onCheckedChange={(on) => setLimitTo((s) => toggle(s, c.id, on === true))}
                    />
                    <Label htmlFor={`key-client-${c.id}`}>{c.name}</Label>
                  </div>
                ))}
              </div>
            </fieldset>
          )}
          <FormField id="api-key-expiry" label="Expires after">
            <NativeSelect id="api-key-expiry" value={String(days)} onChange={(e) => setDays(Number(e.target.value))}>
              {EXPIRIES.map((e) => (
                <option key={e.days} value={e.days}>
                  {e.label}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending && <Loader2 className="animate-spin" aria-hidden />} Create key
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
