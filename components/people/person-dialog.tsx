"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { roleLabel, type Named, type PeopleAudience, type PersonDraft } from "./audience";
import { MultiPick } from "./multi-pick";
import { RoleSelect } from "./role-select";

/** Invite (with email) or edit (role and assignments) one person of an audience. */
export function PersonDialog({
  audience,
  trigger,
  title,
  description,
  roles,
  assignables,
  initial,
  withEmail,
  submitLabel,
  warnings = [],
  pending,
  onSubmit,
}: {
  audience: PeopleAudience;
  trigger: ReactNode;
  title: string;
  description: string;
  roles: string[];
  assignables: Named[];
  initial: PersonDraft;
  withEmail: boolean;
  submitLabel: string;
  warnings?: string[];
  pending: boolean;
  onSubmit: (draft: PersonDraft, close: () => void) => void;
}) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(initial);
  const { roleHints, assignment } = audience;
  const picks = !assignment.forRoles || assignment.forRoles.includes(draft.role);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setDraft(initial);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit(draft, () => setOpen(false));
          }}
        >
          {warnings.map((w) => (
            <p
              key={w}
              data-testid="portal-warning"
              className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
            >
              {w}
            </p>
          ))}
          {withEmail && (
            <div className="grid gap-2">
              <Label htmlFor="person-email">Email</Label>
              <Input
                id="person-email"
                type="email"
                required
                value={draft.email}
                onChange={(e) => setDraft({ ...draft, email: e.target.value })}
                autoFocus
              />
            </div>
          )}
          <RoleSelect
            id="person-role"
            value={draft.role}
            onChange={(role) => setDraft({ ...draft, role })}
            options={roles.map((r) => ({ value: r, label: roleLabel(audience, r), hint: roleHints[r] }))}
          />
          {picks && (
            <MultiPick
              legend={assignment.legend}
              hint={assignment.hint?.(draft.role)}
              items={assignables}
              selected={draft.assignedIds}
              onChange={(assignedIds) => setDraft({ ...draft, assignedIds })}
              empty={assignment.empty}
            />
          )}
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
