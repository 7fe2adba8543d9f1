"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Runs the real flow in a new tab on the connection's own host: the API hands out a single-use
 * test link, and that tab ends on the claims received or the exact reason it failed.
 */
export function TestSignInButton({ connectionId }: { connectionId: string }) {
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setError(null);
    // Opened first, in the click, so the browser does not treat it as an unrequested pop-up.
    const tab = window.open("about:blank", "_blank");
    const res = await fetch(`/api/v1/sso-connections/${connectionId}/test`, { method: "POST" });
    const body = (await res.json().catch(() => null)) as { testUrl?: string; error?: { message?: string } } | null;
    if (!res.ok || !body?.testUrl) {
      tab?.close();
      setError(body?.error?.message ?? "Could not start the test.");
      return;
    }
    if (tab) tab.location.href = body.testUrl;
    else window.location.assign(body.testUrl);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" size="sm" variant="outline" onClick={run} data-testid="sso-test">
        Test sign-in
      </Button>
      {error && <span className="text-sm text-destructive">{error}</span>}
    </span>
  );
}
