"use client";

import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ClientListItemDto } from "@/lib/dal/clients/client-dto";
import { ArchiveClientButton } from "./archive-client-button";
import { PortalStatusBadge } from "./portal-status-badge";
import { SectionBadges } from "./section-badges";

/**
 * The client list: name, sections switched on, portal status, people. A client component so the
 * RSC payload carries the 50 clients as data rather than every row's element tree (the server
 * still renders the HTML); see components/portal/calls/call-table.tsx.
 */
export function ClientTable({ clients, canArchive }: { clients: ClientListItemDto[]; canArchive: boolean }) {
  return (
    <div className="rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Client</TableHead>
            <TableHead>Sections</TableHead>
            <TableHead>Portal</TableHead>
            <TableHead className="text-right">Users</TableHead>
            <TableHead className="hidden text-right sm:table-cell">Pending invites</TableHead>
            {canArchive && (
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {clients.map((c) => (
            <TableRow key={c.id} data-testid="client-row">
              <TableCell className="font-medium">
                <Link href={`/agency/clients/${c.id}`} className="hover:underline">
                  {c.name}
                </Link>
              </TableCell>
              <TableCell>
                <SectionBadges sections={c.enabledSections} />
              </TableCell>
              <TableCell>
                <PortalStatusBadge access={c.portalAccess} />
              </TableCell>
              <TableCell className="text-right tabular-nums">{c.userCount}</TableCell>
              <TableCell className="hidden text-right tabular-nums sm:table-cell">{c.pendingInvitationCount}</TableCell>
              {canArchive && (
                <TableCell className="text-right">
                  <ArchiveClientButton clientId={c.id} clientName={c.name} compact />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
