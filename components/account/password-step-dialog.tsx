"use client";

import { useState, type ReactNode } from "react";
import { Loader2 } from "lucide-react";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * Asks for the password before a second factor changes. `onConfirm` runs the change and answers
 * with an error to show, or nothing when the dialog may close.
 */
export function PasswordStepDialog({
  title,
  description,
  confirmLabel,
  extra,
  onConfirm,
  onClose,
}: {
  title: string;
  description: string;
  confirmLabel: string;
  extra?: ReactNode;
  onConfirm: (password: string, form: FormData) => Promise<string | undefined>;
  onClose: () => void;
}) {
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  return (
    <Dialog open onOpenChange={(open) => !open && !pending && onClose()}>
      <DialogContent>
        <form
          className="grid gap-4"
          onSubmit={async (event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            setPending(true);
            setError(undefined);
            const failure = await onConfirm(String(form.get("password") ?? ""), form).catch(
              () => "Something went wrong. Try again.",
            );
            setPending(false);
            if (failure) setError(failure);
          }}
        >
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          <FormMessage error={error} />
          {extra}
          <div className="grid gap-2">
            <Label htmlFor="confirm-password">Your password</Label>
            <Input
              id="confirm-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              autoFocus
            />
          </div>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending && <Loader2 className="animate-spin" aria-hidden />}
              {confirmLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
