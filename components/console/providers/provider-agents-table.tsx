"use client";

import { useState } from "react";
import { Bot } from "lucide-react";
import { assignProviderAgentsAction } from "@/app/actions/provider-connections";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { EmptyState } from "@/components/ui/empty-state";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useRunAction } from "@/lib/actions/use-run-action";
import type { ProviderAgentItem } from "@/lib/dal/provider-agents/list-provider-agents";

type ClientChoice = { id: string; name: string };

/** Imported agents with their client: one picker per row, or tick several and assign them at once. */
export function ProviderAgentsTable({ agents, clients }: { agents: ProviderAgentItem[]; clients: ClientChoice[] }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkClient, setBulkClient] = useState("");
  const { pending, run } = useRunAction();
  const assign = (ids: string[], clientId: string) =>
    run(() => assignProviderAgentsAction(ids, clientId || null), {
      success: (r) => (clientId ? `Assigned ${r.length} agent${r.length === 1 ? "" : "s"}.` : "Unassigned."),
      onSuccess: () => setSelected(new Set()),
    });
  if (agents.length === 0)
    return (
      <EmptyState
        icon={Bot}
        title="No agents imported yet"
        description="Connect a provider, then sync it."
        titleAs="h3"
      />
    );
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2" aria-label="Assign selected agents" role="group">
        <NativeSelect
          aria-label="Client for the selected agents"
          value={bulkClient}
          onChange={(e) => setBulkClient(e.target.value)}
          className="max-w-xs"
        >
          <option value="">Unassigned</option>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </NativeSelect>
        <Button
          type="button"
          variant="outline"
          disabled={pending || selected.size === 0}
          onClick={() => assign([...selected], bulkClient)}
        >
          Assign {selected.size || ""} selected
        </Button>
      </div>
      <div className="overflow-x-auto">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="w-8">
                <span className="sr-only">Select</span>
              </TableHead>
              <TableHead>Agent</TableHead>
              <TableHead>Provider</TableHead>
              <TableHead>Numbers</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>Client</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {agents.map((a) => (
              <TableRow key={a.id} data-testid="provider-agent-row">
                <TableCell>
                  <Checkbox
                    aria-label={`Select ${a.name}`}
                    checked={selected.has(a.id)}
                    disabled={a.fixedClient}
                    onCheckedChange={(on) =>
                      setSelected((s) => {
                        const next = new Set(s);
                        if (on === true) next.add(a.id);
                        else next.delete(a.id);
                        return next;
                      })
                    }
                  />
                </TableCell>
                <TableCell className="font-medium">{a.name}</TableCell>
                <TableCell>{a.provider === "vapi" ? "Vapi" : "Retell AI"}</TableCell>
                <TableCell className="font-mono text-xs">{a.phoneNumbers.join(", ") || "—"}</TableCell>
                <TableCell>
                  <Badge variant={a.status === "active" ? "secondary" : "outline"}>{a.status}</Badge>
                </TableCell>
                <TableCell>
                  <NativeSelect
                    aria-label={`Client for ${a.name}`}
                    value={a.client?.id ?? ""}
                    disabled={pending || a.fixedClient}
                    onChange={(e) => assign([a.id], e.target.value)}
                  >
                    <option value="">Unassigned</option>
                    {a.client && !clients.some((c) => c.id === a.client!.id) && (
                      <option value={a.client.id}>{a.client.name}</option>
                    )}
                    {clients.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </NativeSelect>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
