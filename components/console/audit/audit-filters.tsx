"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { actionLabel, filterQuery, type AuditFilterState } from "./format";

const ANY = "any";

/** Filters live in the URL, so a filtered view can be shared and reloaded. */
export function AuditFilters({
  actions,
  clients,
  values,
}: {
  actions: readonly string[];
  clients: { id: string; name: string }[];
  values: AuditFilterState;
}) {
  const router = useRouter();
  const [action, setAction] = useState(values.action ?? ANY);
  const [clientId, setClientId] = useState(values.clientId ?? ANY);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const query = filterQuery({
      action: action === ANY ? undefined : action,
      clientId: clientId === ANY ? undefined : clientId,
      actor: String(form.get("actor") ?? "").trim(),
      from: String(form.get("from") ?? ""),
      to: String(form.get("to") ?? ""),
    });
    router.push(query ? `/agency/audit?${query}` : "/agency/audit");
  }

  return (
    <form
      onSubmit={apply}
      className="grid gap-3 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
      aria-label="Filter the audit log"
    >
      <div className="grid gap-1.5 lg:col-span-2">
        <Label htmlFor="audit-action">Action</Label>
        <Select value={action} onValueChange={setAction}>
          <SelectTrigger id="audit-action" className="w-full" data-testid="filter-action">
            <SelectValue />
          </SelectTrigger>
          <SelectContent className="max-h-80">
            <SelectItem value={ANY}>Any action</SelectItem>
            {actions.map((a) => (
              <SelectItem key={a} value={a}>
                {actionLabel(a)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1.5 lg:col-span-2">
        <Label htmlFor="audit-actor">Actor email</Label>
        <Input
          id="audit-actor"
          name="actor"
          type="email"
          placeholder="someone@example.com"
          defaultValue={values.actor}
        />
      </div>
      <div className="grid gap-1.5 lg:col-span-2">
        <Label htmlFor="audit-client">Client</Label>
        <Select value={clientId} onValueChange={setClientId}>
          <SelectTrigger id="audit-client" className="w-full">
            <SelectValue />
          </SelectTrigger>
          <SelectContent className="max-h-80">
            <SelectItem value={ANY}>Any client</SelectItem>
            {clients.map((c) => (
              <SelectItem key={c.id} value={c.id}>
                {c.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1.5 lg:col-span-2">
        <Label htmlFor="audit-from">From (UTC)</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={values.from} />
      </div>
      <div className="grid gap-1.5 lg:col-span-2">
        <Label htmlFor="audit-to">To (UTC, inclusive)</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={values.to} />
      </div>
      <div className="flex gap-2 lg:col-span-2">
        <Button type="submit">Apply filters</Button>
        <Button type="button" variant="ghost" onClick={() => router.push("/agency/audit")}>
          Clear
        </Button>
      </div>
    </form>
  );
}
