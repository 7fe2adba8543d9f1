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

const WEBHOOK_TEXT = {
  title: "Copy your signing secret",
  description:
    "Your endpoint uses it to check the Webhook-Signature header of every request. It is shown only now; if you lose it, rotate it.",
  label: "Signing secret",
  testId: "signing-secret",
};

/** The one time a secret (a webhook signing secret, an API key) is shown: copy it now, it cannot be shown again. */
export function SecretRevealDialog({
  secret,
  onClose,
  text = WEBHOOK_TEXT,
}: {
  secret: string | null;
  onClose: () => void;
  text?: typeof WEBHOOK_TEXT;
}) {
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
          <DialogTitle>{text.title}</DialogTitle>
          <DialogDescription>{text.description}</DialogDescription>
        </DialogHeader>
        <div className="flex gap-2">
          <Input
            readOnly
            value={secret ?? ""}
            data-testid={text.testId}
            className="font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
            aria-label={text.label}
          />
          <Button
            type="button"
            variant="outline"
            size="icon"
            aria-label={`Copy ${text.label.toLowerCase()}`}
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
