"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { CLIENT_ROLES, CLIENT_ROLE_LABELS, type ClientRole } from "@/lib/authz/client-roles";
import { MultiPick } from "./multi-pick";
import { RoleSelect } from "./role-select";

const ROLE_HINTS: Record<ClientRole, string> = {
  admin: "Everything the agency switched on, every agent, and (if allowed) the team.",
  supervisor: "Calls with recordings, analytics, agent edits; no billing.",
  analyst: "Calls with transcripts and analytics; no recordings, no billing.",
  agent: "Only the calls of the agents assigned below.",
};

export type ClientUserDraft = { email: string; role: ClientRole; agentIds: string[] };

/** Invite (with email) or edit (role and agents) one client user. */
export function ClientUserDialog({ trigger, title, description, agents, initial, withEmail, submitLabel, warnings, pending, onSubmit }: {
  trigger: ReactNode;
  title: string;
  description: string;
  agents: { id: string; name: string }[];
  initial: ClientUserDraft;
  withEmail: boolean;
  submitLabel: string;
  warnings: string[];
  pending: boolean;
  onSubmit: (draft: ClientUserDraft, close: () => void) => void;
}) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(initial);
  return (
    <Dialog open={open} onOpenChange={(next) => { setOpen(next); if (next) setDraft(initial); }}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          onSubmit={(e) => { e.preventDefault(); onSubmit(draft, () => setOpen(false)); }}
        >
          {warnings.map((w) => (
            <p key={w} data-testid="portal-warning" className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm">{w}</p>
          ))}
          {withEmail && (
            <div className="grid gap-2">
              <Label htmlFor="invite-email">Email</Label>
              <Input id="invite-email" type="email" required value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} autoFocus />
            </div>
          )}
          <RoleSelect
            id="client-role"
            value={draft.role}
            onChange={(role) => setDraft({ ...draft, role: role as ClientRole })}
            options={CLIENT_ROLES.map((r) => ({ value: r, label: CLIENT_ROLE_LABELS[r], hint: ROLE_HINTS[r] }))}
          />
          <MultiPick
            legend="AI agents"
            hint={draft.role === "admin" ? "Admins see every agent; assignments do not limit them." : draft.role === "agent" ? "The agent role sees only these agents' calls (none: nothing)." : "None selected: all agents. Otherwise only these agents and their calls."}
            items={agents}
            selected={draft.agentIds}
            onChange={(agentIds) => setDraft({ ...draft, agentIds })}
            empty="This client has no AI agents yet."
          />
          <DialogFooter>
            <Button type="submit" disabled={pending}>{submitLabel}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
