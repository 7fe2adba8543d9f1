"use client";

import { useState } from "react";
import { Check, Copy } from "lucide-react";
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

/** The one time a webhook signing secret is shown: copy it now, it cannot be shown again. */
export function SecretRevealDialog({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <Dialog
      open={secret !== null}
      onOpenChange={(open) => {
        if (!open) {
          setCopied(false);
          onClose();
        }
      }}
    >
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Copy your signing secret</DialogTitle>
          <DialogDescription>
            Your endpoint uses it to check the Webhook-Signature header of every request. It is shown only now; if you
            lose it, rotate it.
          </DialogDescription>
        </DialogHeader>
        <div className="flex gap-2">
          <Input
            readOnly
            value={secret ?? ""}
            data-testid="signing-secret"
            className="font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
            aria-label="Signing secret"
          />
          <Button
            type="button"
            variant="outline"
            size="icon"
            aria-label="Copy signing secret"
            onClick={async () => {
              await navigator.clipboard?.writeText(secret ?? "").catch(() => {});
              setCopied(true);
            }}
          >
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          </Button>
        </div>
        <DialogFooter>
          <Button
            type="button"
            onClick={() => {
              setCopied(false);
              onClose();
            }}
          >
            I have copied it
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
