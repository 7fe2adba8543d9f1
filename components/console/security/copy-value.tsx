"use client";

import { Copy } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/** One URL to give the identity provider, with a copy button named after it for screen readers. */
export function CopyValue({ label, value }: { label: string; value: string }) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      toast.success(`${label} copied.`);
    } catch {
      toast.error("Could not copy; select the text instead.");
    }
  }
  return (
    <div className="contents">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="flex items-center gap-2">
        <span className="break-all font-mono" data-testid={`sso-url-${label}`}>
          {value}
        </span>
        <Button type="button" size="icon" variant="ghost" aria-label={`Copy ${label}`} onClick={copy}>
          <Copy aria-hidden />
        </Button>
      </dd>
    </div>
  );
}
