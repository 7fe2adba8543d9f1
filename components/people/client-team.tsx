"use client";

import { UserPlus } from "lucide-react";
import {
  invitePersonAction, removePersonAction, resendInvitationAction, revokeInvitationAction,
  signOutPersonAction, updatePersonAction,
} from "@/app/actions/people";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { CLIENT_ROLE_LABELS, isClientRole, type ClientRole } from "@/lib/authz/client-roles";
import type { ClientUserDto } from "@/lib/dal/people/person-dto";
import type { InvitationDto } from "@/lib/dal/people/invitation-dto";
import { ClientUserDialog } from "./client-user-dialog";
import { ConfirmButton } from "./confirm-button";
import { formatUtc } from "./format";
import { InvitationTable } from "./invitation-table";
import { usePeopleAction } from "./use-people-action";

const roleLabel = (role: string) => (isClientRole(role) ? CLIENT_ROLE_LABELS[role] : role);

/**
 * One client's users and invitations, for the console's client Users tab and the portal's Team
 * page alike. Read-only when the viewer may not manage (e.g. an agency member).
 */
export function ClientTeam({ clientId, clientName, agents, users, invitations, canManage, warnings, viewerUserId }: {
  clientId: string;
  clientName: string;
  agents: { id: string; name: string }[];
  users: ClientUserDto[];
  invitations: InvitationDto[];
  canManage: boolean;
  warnings: string[];
  viewerUserId?: string;
}) {
  const { pending, run } = usePeopleAction();
  const agentName = new Map(agents.map((a) => [a.id, a.name]));
  const scopeOf = (u: ClientUserDto) =>
    u.role === "admin" ? "All agents" : u.agentIds.length ? u.agentIds.map((id) => agentName.get(id) ?? "—").join(", ") : u.role === "agent" ? "None assigned" : "All agents";
  return (
    <div className="space-y-6">
      {warnings.map((w) => (
        <p key={w} data-testid="team-warning" className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm">{w}</p>
      ))}
      <Card>
        <CardHeader>
          <CardTitle>Users</CardTitle>
          <CardDescription>People who sign in to {clientName}&apos;s portal. Changes apply on their next click.</CardDescription>
          {canManage && (
            <CardAction>
              <ClientUserDialog
                trigger={<Button size="sm"><UserPlus aria-hidden /> Invite user</Button>}
                title={`Invite a user to ${clientName}`}
                description="They get an email with a link to set their name and password. The link works once, for seven days."
                agents={agents}
                initial={{ email: "", role: "analyst", agentIds: [] }}
                withEmail
                submitLabel="Send invitation"
                warnings={warnings}
                pending={pending}
                onSubmit={(draft, close) => run(() => invitePersonAction({ kind: "client", clientId }, draft), close)}
              />
            </CardAction>
          )}
        </CardHeader>
        <CardContent>
          {users.length === 0 ? (
            <p className="py-6 text-center text-sm text-muted-foreground">No users yet.{canManage ? " Invite the first one to open the portal to them." : ""}</p>
          ) : (
            <Table data-testid="users-table">
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Role</TableHead>
                  <TableHead>Agents</TableHead>
                  <TableHead>Last sign-in</TableHead>
                  <TableHead className="text-right"><span className="sr-only">Actions</span></TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {users.map((u) => (
                  <TableRow key={u.id} data-testid="user-row" data-email={u.email}>
                    <TableCell>
                      <div className="font-medium">{u.name || "—"}</div>
                      <div className="text-xs text-muted-foreground">{u.email}</div>
                    </TableCell>
                    <TableCell><Badge variant="outline">{roleLabel(u.role)}</Badge></TableCell>
                    <TableCell className="max-w-56 truncate">{scopeOf(u)}</TableCell>
                    <TableCell>{formatUtc(u.lastLoginAt)}</TableCell>
                    <TableCell className="text-right">
                      {canManage && u.id !== viewerUserId && (
                        <div className="flex justify-end gap-1">
                          <ClientUserDialog
                            trigger={<Button size="sm" variant="ghost" disabled={pending}>Edit</Button>}
                            title={`Change ${u.name || u.email}`}
                            description="Role and agent assignments. The new rights apply on their next request."
                            agents={agents}
                            initial={{ email: u.email, role: (isClientRole(u.role) ? u.role : "analyst") as ClientRole, agentIds: u.agentIds }}
                            withEmail={false}
                            submitLabel="Save changes"
                            warnings={[]}
                            pending={pending}
                            onSubmit={(draft, close) => run(() => updatePersonAction({ kind: "client", clientId }, u.id, { role: draft.role, agentIds: draft.agentIds }), close)}
                          />
                          <ConfirmButton
                            trigger={<Button size="sm" variant="ghost" disabled={pending}>Sign out</Button>}
                            title={`Sign ${u.email} out everywhere?`}
                            description="Every session they have ends on its next request. They can sign in again."
                            confirm="Sign out everywhere"
                            onConfirm={() => run(() => signOutPersonAction({ kind: "client", clientId }, u.id))}
                          />
                          <ConfirmButton
                            trigger={<Button size="sm" variant="ghost" className="text-destructive" disabled={pending}>Remove</Button>}
                            title={`Remove ${u.email}?`}
                            description={`They lose access to ${clientName}'s portal at once. You can invite them again later.`}
                            confirm="Remove user"
                            onConfirm={() => run(() => removePersonAction({ kind: "client", clientId }, u.id))}
                          />
                        </div>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Invitations</CardTitle>
          <CardDescription>Pending, accepted, expired and revoked invitations, newest first.</CardDescription>
        </CardHeader>
        <CardContent>
          <InvitationTable
            invitations={invitations}
            roleLabel={roleLabel}
            canManage={() => canManage}
            pending={pending}
            onResend={(inv) => run(() => resendInvitationAction({ kind: "client", clientId }, inv.id))}
            onRevoke={(inv) => run(() => revokeInvitationAction({ kind: "client", clientId }, inv.id))}
          />
        </CardContent>
      </Card>
    </div>
  );
}
