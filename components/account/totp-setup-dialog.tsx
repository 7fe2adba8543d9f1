"use client";

import { useState } from "react";
import { Loader2 } from "lucide-react";
import { confirmTotpEnrolmentAction } from "@/app/actions/account-mfa";
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
import { TotpQrCode } from "@/components/auth/totp-qr-code";

export type TotpSetup = { secret: string; ticket: string; qrDataUrl: string };

/** Scan, then confirm with the app's first code. */
export function TotpSetupDialog({
  setup,
  onDone,
  onClose,
}: {
  setup: TotpSetup;
  onDone: (recoveryCodes: string[] | null) => void;
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
            setPending(true);
            const code = String(new FormData(event.currentTarget).get("code") ?? "");
            const result = await confirmTotpEnrolmentAction(setup.ticket, code);
            setPending(false);
            if (result.ok) onDone(result.data.recoveryCodes);
            else setError(result.error);
          }}
        >
          <DialogHeader>
            <DialogTitle>Set up an authenticator app</DialogTitle>
            <DialogDescription>
              Scan the code with your authenticator app, then enter the 6-digit code it shows.
            </DialogDescription>
          </DialogHeader>
          <FormMessage error={error} />
          <TotpQrCode qrDataUrl={setup.qrDataUrl} secret={setup.secret} />
          <div className="grid gap-2">
            <Label htmlFor="totp-code">Code</Label>
            <Input
              id="totp-code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              autoFocus
              maxLength={10}
            />
          </div>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending && <Loader2 className="animate-spin" aria-hidden />}
              Turn on
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
