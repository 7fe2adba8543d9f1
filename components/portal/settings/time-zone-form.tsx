"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Loader2 } from "lucide-react";
import { toast } from "sonner";
import { TimeZoneSelect } from "@/components/time-zones/time-zone-select";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import type { ClientSettingsDto } from "@/lib/dal/client-settings/get-client-settings";

/** The client's time zone, saved through the portal API; the page then re-renders in it. */
export function TimeZoneForm({ settings, readOnly }: { settings: ClientSettingsDto; readOnly: boolean }) {
  const router = useRouter();
  const [zone, setZone] = useState(settings.timeZone ?? "");
  const [pending, startTransition] = useTransition();
  const changed = zone !== (settings.timeZone ?? "");

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const response = await fetch("/api/v1/portal/settings", {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ timeZone: zone || null }),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        toast.error(body?.error?.message ?? "The time zone could not be saved.");
        return;
      }
      toast.success(`Times are now shown in ${body.effectiveTimeZone}.`);
      router.refresh();
    });
  }

  return (
    <Card className="max-w-2xl">
      <CardHeader>
        <CardTitle>Time zone</CardTitle>
        <CardDescription>
          Call times, days in analytics, &ldquo;this week&rdquo;, exports and invoices follow it. Now:{" "}
          <span data-testid="effective-time-zone">{settings.effectiveTimeZone}</span>.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={save} className="flex flex-wrap items-end gap-3">
          <div className="grid gap-1.5">
            <Label htmlFor="time-zone">Time zone</Label>
            <TimeZoneSelect
              id="time-zone"
              value={zone}
              onChange={setZone}
              disabled={readOnly || pending}
              inheritLabel={`Your agency's zone (${settings.agencyTimeZone})`}
            />
          </div>
          <Button type="submit" disabled={readOnly || pending || !changed}>
            {pending && <Loader2 className="animate-spin" aria-hidden />}
            Save time zone
          </Button>
        </form>
        {readOnly && <p className="mt-3 text-sm text-muted-foreground">A preview is read-only.</p>}
      </CardContent>
    </Card>
  );
}
