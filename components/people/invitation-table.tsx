"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Invitation } from "./audience";
import { ConfirmButton } from "./confirm-button";
import { formatUtc } from "./format";

const STATUS_VARIANT = { pending: "warning", accepted: "success", expired: "outline", revoked: "secondary" } as const;

/** Invitations with their status and dates; resend/revoke where the viewer may. */
export function InvitationTable({
  invitations,
  roleLabel,
  canManage,
  pending,
  onResend,
  onRevoke,
}: {
  invitations: Invitation[];
  roleLabel: (role: string) => string;
  canManage: (invitation: Invitation) => boolean;
  pending: boolean;
  onResend: (invitation: Invitation) => void;
  onRevoke: (invitation: Invitation) => void;
}) {
  if (invitations.length === 0)
    return (
      <p className="py-6 text-center text-sm text-muted-foreground">
        No invitations yet. Invite someone and their invitation shows here until it is accepted.
      </p>
    );
  return (
    <Table data-testid="invitations-table">
      <TableHeader>
        <TableRow>
          <TableHead>Email</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Sent</TableHead>
          <TableHead>Expires / closed</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitations.map((inv) => {
          const open = inv.status === "pending" || inv.status === "expired";
          return (
            <TableRow key={inv.id} data-testid="invitation-row" data-email={inv.email}>
              <TableCell className="font-medium">{inv.email}</TableCell>
              <TableCell>{roleLabel(inv.role)}</TableCell>
              <TableCell>
                <Badge variant={STATUS_VARIANT[inv.status]} data-testid="invitation-status">
                  {inv.status}
                </Badge>
              </TableCell>
              <TableCell>{formatUtc(inv.sentAt)}</TableCell>
              <TableCell>
                {inv.status === "accepted"
                  ? `accepted ${formatUtc(inv.acceptedAt)}`
                  : inv.status === "revoked"
                    ? `revoked ${formatUtc(inv.revokedAt)}`
                    : formatUtc(inv.expiresAt)}
              </TableCell>
              <TableCell className="text-right">
                {open && canManage(inv) && (
                  <div className="flex justify-end gap-1">
                    <Button size="sm" variant="ghost" disabled={pending} onClick={() => onResend(inv)}>
                      Resend
                    </Button>
                    {inv.status === "pending" && (
                      <ConfirmButton
                        trigger={
                          <Button size="sm" variant="ghost" disabled={pending}>
                            Revoke
                          </Button>
                        }
                        title={`Revoke the invitation to ${inv.email}?`}
                        description="The link in their email stops working at once. You can invite them again later."
                        confirm="Revoke invitation"
                        onConfirm={() => onRevoke(inv)}
                      />
                    )}
                  </div>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
