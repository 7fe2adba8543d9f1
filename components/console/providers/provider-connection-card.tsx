"use client";

import { useState } from "react";
import { Copy, RefreshCw, Unplug } from "lucide-react";
import {
  disconnectProviderAction,
  rotateProviderKeyAction,
  syncProviderAgentsAction,
} from "@/app/actions/provider-connections";
import { ConfirmButton } from "@/components/people/confirm-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { useRunAction } from "@/lib/actions/use-run-action";
import type { SyncResult } from "@/lib/dal/provider-agents/sync-provider-agents";
import type { ProviderConnectionDto } from "@/lib/dal/provider-connections/provider-connection-dto";

const LABEL = { vapi: "Vapi", retell: "Retell AI" } as const;

/** What a sync did, including the fields both sides changed (the portal's value was kept). */
function syncSummary(r: Pick<SyncResult, "found" | "added" | "inactive" | "updated" | "conflicts">) {
  const parts = [`Synced: ${r.found} agents (${r.added} new, ${r.inactive} gone).`];
  if (r.updated) parts.push(`${r.updated} updated with changes made at the provider.`);
  if (r.conflicts.length)
    parts.push(
      `Changed on both sides, the portal's version kept: ${r.conflicts.map((c) => `${c.agentName} (${c.field})`).join(", ")}.`,
    );
  return parts.join(" ");
}

// Where each provider takes the webhook address, in its own words.
const SETUP = {
  retell:
    "In Retell: Settings → Webhooks → Account-level webhook URL: paste the address. Retell signs with this API key.",
  vapi: "In Vapi: Organization Settings → Server URL: paste the address, and create an HMAC or Bearer credential for it.",
} as const;

/** One connection: status, key's last four, its webhook address with setup steps, sync, rotate, disconnect. */
export function ProviderConnectionCard({ connection }: { connection: ProviderConnectionDto }) {
  const [newKey, setNewKey] = useState("");
  const { pending, run } = useRunAction();
  const c = connection;
  return (
    <Card data-testid="provider-connection">
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div className="space-y-1.5">
          <CardTitle className="flex items-center gap-2">
            {LABEL[c.provider]}
            <Badge variant={c.status === "connected" ? "default" : "destructive"}>{c.status}</Badge>
          </CardTitle>
          <CardDescription>
            Key ending {c.keyLast4} · last sync {c.lastSyncAt ? new Date(c.lastSyncAt).toLocaleString() : "never"}
          </CardDescription>
          {c.lastError && <p className="text-sm text-destructive">{c.lastError}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            variant="outline"
            disabled={pending}
            onClick={() =>
              run(() => syncProviderAgentsAction(c.id), {
                success: (r) => syncSummary(r),
              })
            }
          >
            <RefreshCw aria-hidden /> Sync now
          </Button>
          <ConfirmButton
            trigger={
              <Button type="button" variant="outline" className="text-destructive" disabled={pending}>
                <Unplug aria-hidden /> Disconnect
              </Button>
            }
            title={`Disconnect ${LABEL[c.provider]}?`}
            description="Its key is deleted and its calls stop arriving. Its agents and the calls already here stay."
            confirm="Disconnect provider"
            onConfirm={() => run(() => disconnectProviderAction(c.id), { success: "Disconnected." })}
          />
        </div>
      </CardHeader>
      <CardContent className="space-y-3">
        <div className="space-y-1">
          <p className="text-sm font-medium">Webhook address</p>
          <div className="flex gap-2">
            <Input
              readOnly
              value={c.webhookUrl}
              aria-label={`${LABEL[c.provider]} webhook address`}
              className="font-mono text-xs"
            />
            <Button
              type="button"
              variant="outline"
              size="icon"
              aria-label="Copy webhook address"
              onClick={() => navigator.clipboard?.writeText(c.webhookUrl).catch(() => {})}
            >
              <Copy aria-hidden />
            </Button>
          </div>
          <p className="text-xs text-muted-foreground">{SETUP[c.provider]}</p>
        </div>
        <form
          className="flex flex-wrap gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => rotateProviderKeyAction(c.id, newKey.trim()), {
              success: "New key checked and saved.",
              onSuccess: () => setNewKey(""),
            });
          }}
        >
          <Input
            type="password"
            autoComplete="off"
            value={newKey}
            onChange={(e) => setNewKey(e.target.value)}
            aria-label={`New ${LABEL[c.provider]} API key`}
            placeholder="New API key"
            className="max-w-xs"
          />
          <Button type="submit" variant="outline" disabled={pending || !newKey.trim()}>
            Rotate key
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
