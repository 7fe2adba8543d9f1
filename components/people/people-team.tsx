"use client";

import { UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useRunAction } from "@/lib/actions/use-run-action";
import type { TeamRights } from "@/lib/authz/team-rights";
import { roleLabel, type AudienceScope, type Invitation, type Named, type Person } from "./audience";
import { clientAudience } from "./client-audience";
import { InvitationTable } from "./invitation-table";
import { PersonDialog } from "./person-dialog";
import { PersonRow } from "./person-row";
import { staffAudience } from "./staff-audience";

/**
 * A team: the agency's staff, or one client's users (console Users tab and portal Team page alike).
 * The page decides what the viewer may do (`rights`, from lib/authz); this only renders it.
 * `invitations` is null where the viewer may not see them.
 */
export function PeopleTeam({
  scope,
  people,
  invitations,
  assignables,
  rights,
  warnings = [],
  viewerUserId,
  canResetMfa = false,
}: {
  scope: AudienceScope;
  people: Person[];
  invitations: Invitation[] | null;
  assignables: Named[];
  rights: TeamRights;
  warnings?: string[];
  viewerUserId: string;
  /** Staff who may reset a person's second factors here (SPEC §11); never a client's own admin. */
  canResetMfa?: boolean;
}) {
  const audience = scope.kind === "staff" ? staffAudience : clientAudience(scope.clientId, scope.clientName);
  const { text, actions } = audience;
  const { pending, run } = useRunAction();
  const names = new Map(assignables.map((a) => [a.id, a.name]));
  const manageable = new Set(rights.manageableIds);
  const ownershipTargets = new Set(rights.ownershipTargetIds);
  const openInvitations = new Set(rights.manageableInvitationIds);
  return (
    <div className="space-y-6">
      {warnings.map((w) => (
        <p
          key={w}
          data-testid="team-warning"
          className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
        >
          {w}
        </p>
      ))}
      <Card>
        <CardHeader>
          <CardTitle>{text.title}</CardTitle>
          <CardDescription>{text.description}</CardDescription>
          {rights.canInvite && (
            <CardAction>
              <PersonDialog
                audience={audience}
                trigger={
                  <Button size="sm">
                    <UserPlus aria-hidden /> {text.invite}
                  </Button>
                }
                title={text.inviteTitle}
                description={text.inviteDescription}
                roles={rights.grantableRoles}
                assignables={assignables}
                initial={{ email: "", role: audience.defaultRole, assignedIds: [] }}
                withEmail
                submitLabel="Send invitation"
                warnings={warnings}
                pending={pending}
                onSubmit={(draft, close) => run(() => actions.invite(draft), { onSuccess: close })}
              />
            </CardAction>
          )}
        </CardHeader>
        <CardContent>
          {people.length === 0 ? (
            <p className="py-6 text-center text-sm text-muted-foreground">
              {rights.canInvite ? text.emptyCanInvite : text.empty}
            </p>
          ) : (
            <Table data-testid={audience.testIds.table}>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Role</TableHead>
                  <TableHead>{audience.assignment.column}</TableHead>
                  <TableHead>Last sign-in</TableHead>
                  <TableHead className="text-right">
                    <span className="sr-only">Actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {people.map((p) => (
                  <PersonRow
                    key={p.id}
                    audience={audience}
                    person={p}
                    names={names}
                    assignables={assignables}
                    roles={rights.grantableRoles}
                    isViewer={p.id === viewerUserId}
                    manageable={manageable.has(p.id)}
                    canResetMfa={canResetMfa}
                    ownershipTarget={ownershipTargets.has(p.id)}
                    pending={pending}
                    run={run}
                  />
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      {invitations && (
        <Card>
          <CardHeader>
            <CardTitle>{text.invitationsTitle}</CardTitle>
            <CardDescription>{text.invitationsDescription}</CardDescription>
          </CardHeader>
          <CardContent>
            <InvitationTable
              invitations={invitations}
              roleLabel={(role) => roleLabel(audience, role)}
              canManage={(inv) => openInvitations.has(inv.id)}
              pending={pending}
              onResend={(inv) => run(() => actions.resendInvitation(inv.id))}
              onRevoke={(inv) => run(() => actions.revokeInvitation(inv.id))}
            />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
