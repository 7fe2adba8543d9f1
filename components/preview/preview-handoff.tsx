"use client";

import { Loader2 } from "lucide-react";
import { useEffect, useState } from "react";
import { redeemPreviewAction } from "@/app/actions/redeem-preview";

/** Redeems the hand-off token once, then opens the portal home with the new cookie. */
export function PreviewHandoff({ token }: { token: string }) {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    redeemPreviewAction(token).then((result) => {
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full request must pass through proxy.ts
      if (result.ok) window.location.assign("/");
      else setFailed(true);
    });
  }, [token]);
  if (failed)
    return (
      <p data-testid="preview-failed">
        This preview link has expired or was already used. Start the preview again from the console.
      </p>
    );
  return (
    <p className="flex items-center gap-2 text-muted-foreground">
      <Loader2 className="size-4 animate-spin" aria-hidden /> Opening the preview…
    </p>
  );
}
