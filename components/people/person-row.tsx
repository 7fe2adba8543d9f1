"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import type { useRunAction } from "@/lib/actions/use-run-action";
import { roleLabel, type Named, type PeopleAudience, type Person } from "./audience";
import { ConfirmButton } from "./confirm-button";
import { formatUtc } from "./format";
import { PersonDialog } from "./person-dialog";

/** The assignment column: everything, the names assigned (and a count of those hidden), or the role's default. */
function scopeText({ assignment }: PeopleAudience, person: Person, names: Map<string, string>): string {
  if (assignment.allRoles.includes(person.role)) return assignment.allText;
  const ids = person[assignment.field] ?? [];
  const hidden = person.hiddenClientCount ?? 0;
  if (!ids.length && !hidden) return assignment.unassignedText(person.role);
  const shown = ids.map((id) => names.get(id) ?? "—");
  return [...shown, ...(hidden ? [`${hidden} other ${assignment.noun}${hidden === 1 ? "" : "s"}`] : [])].join(", ");
}

/** One person and, where the page's rights allow, edit / sign out / make owner / remove. */
export function PersonRow({
  audience,
  person: p,
  names,
  assignables,
  roles,
  isViewer,
  manageable,
  canResetMfa = false,
  ownershipTarget,
  pending,
  run,
}: {
  audience: PeopleAudience;
  person: Person;
  names: Map<string, string>;
  assignables: Named[];
  roles: string[];
  isViewer: boolean;
  manageable: boolean;
  canResetMfa?: boolean;
  ownershipTarget: boolean;
  pending: boolean;
  run: ReturnType<typeof useRunAction>["run"];
}) {
  const { actions, text } = audience;
  const transfer = actions.transferOwnership;
  return (
    <TableRow data-testid={audience.testIds.row} data-email={p.email}>
      <TableCell>
        <div className="font-medium">
          {p.name || "—"}
          {isViewer && <span className="ml-1 text-xs text-muted-foreground">(you)</span>}
        </div>
        <div className="text-xs text-muted-foreground">{p.email}</div>
      </TableCell>
      <TableCell>
        <Badge variant={p.role === audience.leadRole ? "default" : "outline"}>{roleLabel(audience, p.role)}</Badge>
      </TableCell>
      <TableCell className="max-w-56 truncate">{scopeText(audience, p, names)}</TableCell>
      <TableCell>{formatUtc(p.lastLoginAt)}</TableCell>
      <TableCell className="text-right">
        <div className="flex justify-end gap-1">
          {manageable && (
            <>
              <PersonDialog
                audience={audience}
                trigger={
                  <Button size="sm" variant="ghost" disabled={pending}>
                    Edit
                  </Button>
                }
                title={`Change ${p.name || p.email}`}
                description={text.editDescription}
                roles={roles}
                assignables={assignables}
                initial={{
                  email: p.email,
                  role: Object.hasOwn(audience.roleLabels, p.role) ? p.role : audience.defaultRole,
                  assignedIds: p[audience.assignment.field] ?? [],
                }}
                withEmail={false}
                submitLabel="Save changes"
                pending={pending}
                onSubmit={(draft, close) => run(() => actions.update(p.id, draft), { onSuccess: close })}
              />
              <ConfirmButton
                trigger={
                  <Button size="sm" variant="ghost" disabled={pending}>
                    Sign out
                  </Button>
                }
                title={`Sign ${p.email} out everywhere?`}
                description={text.signOutDescription}
                confirm="Sign out everywhere"
                onConfirm={() => run(() => actions.signOut(p.id))}
              />
              {canResetMfa && p.mfaEnabled && !isViewer && (
                <ConfirmButton
                  trigger={
                    <Button size="sm" variant="ghost" disabled={pending}>
                      Reset 2-step
                    </Button>
                  }
                  title={`Reset two-step sign-in of ${p.email}?`}
                  description="Their authenticator app, passkeys and recovery codes stop working. Where it is required, they set up a new one at their next sign-in."
                  confirm="Reset two-step sign-in"
                  onConfirm={() => run(() => actions.resetMfa(p.id))}
                />
              )}
            </>
          )}
          {ownershipTarget && transfer && (
            <ConfirmButton
              trigger={
                <Button size="sm" variant="ghost" disabled={pending}>
                  Make owner
                </Button>
              }
              title={`Transfer ownership to ${p.email}?`}
              description="They become the owner; you become an admin. Only an owner can undo this."
              confirm="Transfer ownership"
              onConfirm={() => run(() => transfer(p.id))}
            />
          )}
          {manageable && (
            <ConfirmButton
              trigger={
                <Button size="sm" variant="ghost" className="text-destructive" disabled={pending}>
                  Remove
                </Button>
              }
              title={`Remove ${p.email}?`}
              description={text.removeDescription}
              confirm={text.removeConfirm}
              onConfirm={() => run(() => actions.remove(p.id))}
            />
          )}
        </div>
      </TableCell>
    </TableRow>
  );
}
