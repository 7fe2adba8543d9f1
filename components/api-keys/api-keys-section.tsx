"use client";

import { useState } from "react";
import { KeyRound } from "lucide-react";
import { SecretRevealDialog } from "@/components/portal/integrations/secret-reveal-dialog";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApiKeyDto } from "@/lib/dal/api-keys/key-dto";
import { CreateApiKeyDialog, type KeyClientChoice } from "./create-api-key-dialog";
import { RateLimitField } from "./rate-limit-field";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

const KEY_TEXT = {
  title: "Copy your API key",
  description: "Send it as `Authorization: Bearer <key>`. It is shown only now; if you lose it, create another.",
  label: "API key",
  testId: "api-key-secret",
};

const day = (iso: string) => new Date(iso).toLocaleDateString();

const STATUS_LABEL = { active: "Active", expired: "Expired", revoked: "Revoked" } as const;

/**
 * API keys of one owner (the agency's in the console, a client's in the portal): the list with
 * prefix, scopes, creator, dates and last use, create (secret shown once) and revoke.
 */
export function ApiKeysSection({
  keys,
  scopes,
  clients,
  canSetRateLimit,
}: {
  keys: ApiKeyDto[];
  scopes: string[];
  clients?: KeyClientChoice[];
  canSetRateLimit: boolean;
}) {
  const [secret, setSecret] = useState<string | null>(null);
  const clientName = new Map(clients?.map((c) => [c.id, c.name]));
  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-4">
        <div className="space-y-1.5">
          <CardTitle>API keys</CardTitle>
          <CardDescription>
            Programs call the API with a key. A key never does more than its creator may do now: demote or remove the
            creator and the key shrinks or stops.
          </CardDescription>
        </div>
        <CreateApiKeyDialog scopes={scopes} clients={clients} onCreated={setSecret} />
      </CardHeader>
      <CardContent>
        {keys.length === 0 ? (
          <EmptyState
            icon={KeyRound}
            title="No API keys yet"
            description="Create one to call the API from a program."
          />
        ) : (
          <div className="overflow-x-auto">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Key</TableHead>
                  <TableHead>Scopes</TableHead>
                  <TableHead>Created</TableHead>
                  <TableHead>Expires</TableHead>
                  <TableHead>Last used</TableHead>
                  <TableHead>Limit / min</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>
                    <span className="sr-only">Actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {keys.map((key) => {
                  const live = key.status === "active";
                  return (
                    <TableRow key={key.id} data-testid="api-key-row">
                      <TableCell className="font-medium">
                        {key.name}
                        {key.clientIds && key.clientIds.length > 0 && (
                          <p className="text-xs text-muted-foreground">
                            Only: {key.clientIds.map((id) => clientName.get(id) ?? "a client").join(", ")}
                          </p>
                        )}
                      </TableCell>
                      <TableCell className="font-mono text-xs">{key.prefix}…</TableCell>
                      <TableCell className="max-w-64">
                        <span className="font-mono text-xs">{key.scopes.join(", ")}</span>
                      </TableCell>
                      <TableCell>
                        {day(key.createdAt)}
                        <p className="text-xs text-muted-foreground">{key.createdBy?.name ?? "a former member"}</p>
                      </TableCell>
                      <TableCell>{day(key.expiresAt)}</TableCell>
                      <TableCell>
                        {key.lastUsedAt ? (
                          <>
                            {new Date(key.lastUsedAt).toLocaleString()}
                            <p className="font-mono text-xs text-muted-foreground">{key.lastUsedIp}</p>
                          </>
                        ) : (
                          "never"
                        )}
                      </TableCell>
                      <TableCell>
                        {canSetRateLimit && live ? (
                          <RateLimitField id={key.id} name={key.name} value={key.rateLimitPerMinute} />
                        ) : (
                          key.rateLimitPerMinute
                        )}
                      </TableCell>
                      <TableCell>
                        <Badge variant={live ? "default" : "secondary"}>{STATUS_LABEL[key.status]}</Badge>
                      </TableCell>
                      <TableCell>{!key.revokedAt && <RevokeApiKeyButton id={key.id} name={key.name} />}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        )}
      </CardContent>
      <SecretRevealDialog secret={secret} onClose={() => setSecret(null)} text={KEY_TEXT} />
    </Card>
  );
}
