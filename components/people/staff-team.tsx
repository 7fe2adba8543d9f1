"use client";

import { UserPlus } from "lucide-react";
import {
  invitePersonAction, removePersonAction, resendInvitationAction, revokeInvitationAction,
  signOutPersonAction, transferOwnershipAction, updatePersonAction,
} from "@/app/actions/people";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { canGrantStaffRole, canManageStaffMember } from "@/lib/authz/staff-hierarchy";
import { STAFF_ROLES, STAFF_ROLE_LABELS, isStaffRole, type StaffRole } from "@/lib/authz/staff-roles";
import type { InvitationDto } from "@/lib/dal/people/invitation-dto";
import type { StaffDto } from "@/lib/dal/people/person-dto";
import { ConfirmButton } from "./confirm-button";
import { formatUtc } from "./format";
import { InvitationTable } from "./invitation-table";
import { StaffDialog } from "./staff-dialog";
import { usePeopleAction } from "./use-people-action";

// The team the actions work on; a literal, so this component imports no lib/dal code.
const STAFF = { kind: "staff" } as const;
const roleLabel = (role: string) => (isStaffRole(role) ? STAFF_ROLE_LABELS[role] : role);

/**
 * The agency's team. Buttons follow SPEC §4's hierarchy (the server enforces the same rules):
 * nobody grants above their own role; admins leave owners and admins alone.
 */
export function StaffTeam({ viewer, staff, invitations, clients, canManage, canTransfer }: {
  viewer: { userId: string; role: StaffRole };
  staff: StaffDto[];
  invitations: InvitationDto[] | null;
  clients: { id: string; name: string }[];
  canManage: boolean;
  canTransfer: boolean;
}) {
  const { pending, run } = usePeopleAction();
  const grantable = STAFF_ROLES.filter((r) => canGrantStaffRole(viewer.role, r));
  const clientName = new Map(clients.map((c) => [c.id, c.name]));
  // Assignments to clients the viewer cannot see arrive only as a count (SPEC §4).
  const hidden = (s: StaffDto) => (s.hiddenClientCount ? [`${s.hiddenClientCount} other client${s.hiddenClientCount === 1 ? "" : "s"}`] : []);
  const scopeOf = (s: StaffDto) =>
    s.role === "owner" || s.role === "admin" ? "All clients"
      : s.clientIds.length || s.hiddenClientCount ? [...s.clientIds.map((id) => clientName.get(id) ?? "—"), ...hidden(s)].join(", ")
        : s.role === "manager" ? "All (view only)" : "None";
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>Staff</CardTitle>
          <CardDescription>Everyone who works in this console. Role changes apply on their next click.</CardDescription>
          {canManage && (
            <CardAction>
              <StaffDialog
                trigger={<Button size="sm"><UserPlus aria-hidden /> Invite staff</Button>}
                title="Invite a colleague"
                description="They get an email with a link to the console. The link works once, for seven days."
                roles={grantable}
                clients={clients}
                initial={{ email: "", role: "member", clientIds: [] }}
                withEmail
                submitLabel="Send invitation"
                pending={pending}
                onSubmit={(draft, close) => run(() => invitePersonAction(STAFF, draft), close)}
              />
            </CardAction>
          )}
        </CardHeader>
        <CardContent>
          <Table data-testid="staff-table">
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Clients</TableHead>
                <TableHead>Last sign-in</TableHead>
                <TableHead className="text-right"><span className="sr-only">Actions</span></TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {staff.map((s) => {
                const manageable = canManage && isStaffRole(s.role) && canManageStaffMember(viewer.role, s.role) && s.id !== viewer.userId;
                return (
                  <TableRow key={s.id} data-testid="staff-row" data-email={s.email}>
                    <TableCell>
                      <div className="font-medium">{s.name || "—"}{s.id === viewer.userId && <span className="ml-1 text-xs text-muted-foreground">(you)</span>}</div>
                      <div className="text-xs text-muted-foreground">{s.email}</div>
                    </TableCell>
                    <TableCell><Badge variant={s.role === "owner" ? "default" : "outline"}>{roleLabel(s.role)}</Badge></TableCell>
                    <TableCell className="max-w-56 truncate">{scopeOf(s)}</TableCell>
                    <TableCell>{formatUtc(s.lastLoginAt)}</TableCell>
                    <TableCell className="text-right">
                      <div className="flex justify-end gap-1">
                        {manageable && (
                          <>
                            <StaffDialog
                              trigger={<Button size="sm" variant="ghost" disabled={pending}>Edit</Button>}
                              title={`Change ${s.name || s.email}`}
                              description="Role and client assignments."
                              roles={grantable}
                              clients={clients}
                              initial={{ email: s.email, role: s.role as StaffRole, clientIds: s.clientIds }}
                              withEmail={false}
                              submitLabel="Save changes"
                              pending={pending}
                              onSubmit={(draft, close) => run(() => updatePersonAction(STAFF, s.id, { role: draft.role, clientIds: draft.clientIds }), close)}
                            />
                            <ConfirmButton
                              trigger={<Button size="sm" variant="ghost" disabled={pending}>Sign out</Button>}
                              title={`Sign ${s.email} out everywhere?`}
                              description="Every session they have ends on its next request."
                              confirm="Sign out everywhere"
                              onConfirm={() => run(() => signOutPersonAction(STAFF, s.id))}
                            />
                          </>
                        )}
                        {canTransfer && s.id !== viewer.userId && s.role !== "owner" && (
                          <ConfirmButton
                            trigger={<Button size="sm" variant="ghost" disabled={pending}>Make owner</Button>}
                            title={`Transfer ownership to ${s.email}?`}
                            description="They become the owner; you become an admin. Only an owner can undo this."
                            confirm="Transfer ownership"
                            onConfirm={() => run(() => transferOwnershipAction(s.id))}
                          />
                        )}
                        {manageable && (
                          <ConfirmButton
                            trigger={<Button size="sm" variant="ghost" className="text-destructive" disabled={pending}>Remove</Button>}
                            title={`Remove ${s.email}?`}
                            description="They lose console access at once."
                            confirm="Remove"
                            onConfirm={() => run(() => removePersonAction(STAFF, s.id))}
                          />
                        )}
                      </div>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      {invitations && (
        <Card>
          <CardHeader>
            <CardTitle>Staff invitations</CardTitle>
            <CardDescription>Pending, accepted, expired and revoked, newest first.</CardDescription>
          </CardHeader>
          <CardContent>
            <InvitationTable
              invitations={invitations}
              roleLabel={roleLabel}
              canManage={(inv) => isStaffRole(inv.role) && canGrantStaffRole(viewer.role, inv.role)}
              pending={pending}
              onResend={(inv) => run(() => resendInvitationAction(STAFF, inv.id))}
              onRevoke={(inv) => run(() => revokeInvitationAction(STAFF, inv.id))}
            />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
