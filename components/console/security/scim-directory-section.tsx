"use client";

import { useState } from "react";
import { Copy, KeyRound, Trash2 } from "lucide-react";
import {
  createScimDirectoryAction,
  deleteScimDirectoryAction,
  rotateScimTokenAction,
  setScimGroupMappingAction,
} from "@/app/actions/scim-directories";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useRunAction } from "@/lib/actions/use-run-action";
import type { ScimDirectoryDto } from "@/lib/dal/scim-directories/get-scim-directory";

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "never");

/**
 * SCIM provisioning for one tenant (the agency's staff, or one client's users): base URL, a bearer
 * token shown once, rotate/delete, the last requests, and the group → role mapping.
 */
export function ScimDirectorySection({
  directory,
  clientId,
  baseUrl,
}: {
  directory: ScimDirectoryDto | null;
  clientId: string | null;
  baseUrl: string;
}) {
  const [token, setToken] = useState<string | null>(null);
  const { pending, run } = useRunAction();
  const create = () =>
    run(() => createScimDirectoryAction(clientId), {
      success: "Directory created.",
      onSuccess: (d) => setToken(d.token),
    });
  const rotate = (id: string) =>
    run(() => rotateScimTokenAction(id), {
      success: "New token issued; the old one no longer works.",
      onSuccess: (d) => setToken(d.token),
    });
  const remove = (id: string) =>
    run(() => deleteScimDirectoryAction(id), { success: "Directory deleted.", onSuccess: () => setToken(null) });
  const map = (id: string, groupId: string, role: string) =>
    run(() => setScimGroupMappingAction(id, groupId, role || null), { success: "Mapping saved; members updated." });

  return (
    <Card>
      <CardHeader>
        <CardTitle>User provisioning (SCIM)</CardTitle>
        <CardDescription>
          Your identity provider creates, updates and removes {clientId ? "this client's users" : "staff"} here.
          Removing someone there signs them out everywhere at once.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <div className="space-y-1">
          <p className="text-sm font-medium">Base URL</p>
          <Input readOnly value={directory?.baseUrl ?? baseUrl} aria-label="SCIM base URL" className="font-mono" />
        </div>
        {token && (
          <div className="space-y-1 rounded-md border p-3" role="status">
            <p className="text-sm font-medium">Bearer token — copy it now, it is not shown again</p>
            <div className="flex gap-2">
              <Input readOnly value={token} aria-label="SCIM bearer token" className="font-mono" />
              <Button type="button" variant="outline" onClick={() => navigator.clipboard?.writeText(token)}>
                <Copy aria-hidden /> Copy
              </Button>
            </div>
          </div>
        )}
        {!directory ? (
          <Button type="button" onClick={create} disabled={pending}>
            <KeyRound aria-hidden /> Create directory
          </Button>
        ) : (
          <>
            <div className="flex flex-wrap items-center gap-2">
              <Badge variant="secondary">Last request: {when(directory.lastRequestAt)}</Badge>
              <Button type="button" variant="outline" onClick={() => rotate(directory.id)} disabled={pending}>
                Rotate token
              </Button>
              <Button type="button" variant="destructive" onClick={() => remove(directory.id)} disabled={pending}>
                <Trash2 aria-hidden /> Delete directory
              </Button>
            </div>
            <section aria-label="Group mapping" className="space-y-2">
              <h3 className="text-sm font-medium">Groups → roles</h3>
              {directory.groups.length === 0 ? (
                <p className="text-muted-foreground text-sm">No groups pushed yet.</p>
              ) : (
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>Group</TableHead>
                      <TableHead>Members</TableHead>
                      <TableHead>Role</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {directory.groups.map((g) => (
                      <TableRow key={g.id}>
                        <TableCell>{g.displayName}</TableCell>
                        <TableCell>{g.members}</TableCell>
                        <TableCell>
                          <NativeSelect
                            aria-label={`Role for ${g.displayName}`}
                            value={g.role ?? ""}
                            disabled={pending}
                            onChange={(e) => map(directory.id, g.id, e.target.value)}
                          >
                            <option value="">Not mapped</option>
                            {directory.roles.map((r) => (
                              <option key={r} value={r}>
                                {r}
                              </option>
                            ))}
                          </NativeSelect>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </section>
            <section aria-label="Recent SCIM requests" className="space-y-2">
              <h3 className="text-sm font-medium">Recent requests</h3>
              {directory.requests.length === 0 ? (
                <p className="text-muted-foreground text-sm">No requests yet.</p>
              ) : (
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>Time</TableHead>
                      <TableHead>Request</TableHead>
                      <TableHead>Status</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {directory.requests.map((r, i) => (
                      <TableRow key={`${r.at}-${i}`}>
                        <TableCell>{when(r.at)}</TableCell>
                        <TableCell className="font-mono text-xs">
                          {r.method} {r.path}
                        </TableCell>
                        <TableCell>
                          {r.status} {r.outcome}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </section>
          </>
        )}
      </CardContent>
    </Card>
  );
}
