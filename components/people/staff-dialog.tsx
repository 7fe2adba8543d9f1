"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { STAFF_ROLE_LABELS, type StaffRole } from "@/lib/authz/staff-roles";
import { MultiPick } from "./multi-pick";
import { RoleSelect } from "./role-select";

const ROLE_HINTS: Record<StaffRole, string> = {
  owner: "Everything, including agency billing and transferring ownership.",
  admin: "Every client, staff (below admin), settings and the audit log.",
  manager: "Edits the clients assigned below (none assigned: sees all, edits none).",
  member: "Read-only, and only the clients assigned below.",
};

export type StaffDraft = { email: string; role: StaffRole; clientIds: string[] };

/** Invite (with email) or edit (role and client assignments) one staff member. */
export function StaffDialog({ trigger, title, description, roles, clients, initial, withEmail, submitLabel, pending, onSubmit }: {
  trigger: ReactNode;
  title: string;
  description: string;
  roles: StaffRole[];
  clients: { id: string; name: string }[];
  initial: StaffDraft;
  withEmail: boolean;
  submitLabel: string;
  pending: boolean;
  onSubmit: (draft: StaffDraft, close: () => void) => void;
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
        <form className="grid gap-4" onSubmit={(e) => { e.preventDefault(); onSubmit(draft, () => setOpen(false)); }}>
          {withEmail && (
            <div className="grid gap-2">
              <Label htmlFor="staff-email">Email</Label>
              <Input id="staff-email" type="email" required value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} autoFocus />
            </div>
          )}
          <RoleSelect
            id="staff-role"
            value={draft.role}
            onChange={(role) => setDraft({ ...draft, role: role as StaffRole })}
            options={roles.map((r) => ({ value: r, label: STAFF_ROLE_LABELS[r], hint: ROLE_HINTS[r] }))}
          />
          {(draft.role === "manager" || draft.role === "member") && (
            <MultiPick legend="Clients" items={clients} selected={draft.clientIds} onChange={(clientIds) => setDraft({ ...draft, clientIds })} empty="No clients yet." />
          )}
          <DialogFooter>
            <Button type="submit" disabled={pending}>{submitLabel}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
