"use client";

import { useState } from "react";
import { Loader2, Plus } from "lucide-react";
import { createClientAction } from "@/app/actions/clients";
import { Button } from "@/components/ui/button";
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
import { useRunAction } from "@/lib/actions/use-run-action";
import { PRESET_LABELS, PRESET_NAMES } from "@/lib/authz/catalogue";

const DEFAULTS = "defaults";

/** "New client": a name, and where its permissions start — the agency defaults or a preset. */
export function NewClientDialog() {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [start, setStart] = useState(DEFAULTS);
  const [error, setError] = useState<string | null>(null);
  const { pending, run } = useRunAction();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    run(() => createClientAction({ name, ...(start === DEFAULTS ? {} : { preset: start }) }), {
      errorToast: false,
      onError: (failure) => setError(failure.error),
      success: (client) => `${client.name} created`,
      onSuccess: () => {
        setOpen(false);
        setName("");
        setStart(DEFAULTS);
      },
      navigate: (client) => `/agency/clients/${client.id}/permissions`,
    });
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden /> New client
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={submit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>New client</DialogTitle>
            <DialogDescription>
              Its portal starts with your agency defaults, or with a preset. You can change every toggle afterwards.
            </DialogDescription>
          </DialogHeader>
          <div className="grid gap-2">
            <Label htmlFor="client-name">Name</Label>
            <Input
              id="client-name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={120}
              autoFocus
              required
            />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="client-start">Permissions</Label>
            <Select value={start} onValueChange={setStart}>
              <SelectTrigger id="client-start" className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={DEFAULTS}>Agency defaults</SelectItem>
                {PRESET_NAMES.map((p) => (
                  <SelectItem key={p} value={p}>
                    {PRESET_LABELS[p]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            {start === "hands_off" && (
              <p className="text-sm text-warning">
                Hands-off shows nothing: users you invite would see an empty portal.
              </p>
            )}
          </div>
          {error && (
            <p data-testid="new-client-error" role="status" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending || !name.trim()}>
              {pending && <Loader2 className="animate-spin" aria-hidden />} Create client
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
