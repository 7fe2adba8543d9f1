"use client";

import { useState } from "react";
import { Copy, Mail, RefreshCw } from "lucide-react";
import { setSenderAddressAction, verifySenderAddressAction } from "@/app/actions/domains";
import { FormField } from "@/components/forms/form-field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useRunAction } from "@/lib/actions/use-run-action";
import type { SenderDto } from "@/lib/dal/agencies/sender-dto";

/**
 * The address the agency's mail comes from: set on a domain it controls, confirmed by the SPF and
 * DKIM records shown here. Until then mail keeps the platform address with the agency's name.
 */
export function SenderAddressCard({ sender }: { sender: SenderDto }) {
  const [address, setAddress] = useState(sender.address ?? "");
  const { pending, run } = useRunAction();
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Mail aria-hidden className="size-4" /> Sender address
          {sender.address && (
            <Badge variant={sender.verified ? "default" : "secondary"}>
              {sender.verified ? "Verified" : "Waiting for DNS"}
            </Badge>
          )}
        </CardTitle>
        <CardDescription>
          Invitations and notices come from this address once its records are in your DNS. Until then they come from{" "}
          <span className="font-mono">{sender.fallbackAddress}</span> under your agency&apos;s name, with replies to
          your support address.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => setSenderAddressAction(address.trim()), {
              success: address.trim() ? "Saved. Add the DNS records below, then check." : "Sender address removed.",
            });
          }}
        >
          <div className="min-w-64 flex-1">
            <FormField id="sender-address" label="From address">
              <Input
                id="sender-address"
                type="email"
                placeholder="hello@youragency.com"
                value={address}
                onChange={(e) => setAddress(e.target.value)}
              />
            </FormField>
          </div>
          <Button type="submit" disabled={pending || address.trim() === (sender.address ?? "")}>
            Save
          </Button>
        </form>
        {sender.records.length > 0 && (
          <>
            <div className="overflow-x-auto">
              <Table aria-label="DNS records for the sender address">
                <TableHeader>
                  <TableRow>
                    <TableHead>Type</TableHead>
                    <TableHead>Name</TableHead>
                    <TableHead>Value</TableHead>
                    <TableHead>
                      <span className="sr-only">Copy</span>
                    </TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {sender.records.map((r) => (
                    <TableRow key={r.name}>
                      <TableCell>{r.type}</TableCell>
                      <TableCell className="font-mono text-xs break-all">{r.name}</TableCell>
                      <TableCell className="max-w-96 font-mono text-xs break-all">{r.value}</TableCell>
                      <TableCell>
                        <Button
                          type="button"
                          variant="outline"
                          size="icon"
                          aria-label={`Copy the record for ${r.name}`}
                          onClick={() => navigator.clipboard?.writeText(r.value).catch(() => {})}
                        >
                          <Copy aria-hidden />
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            {!sender.verified && (
              <Button
                type="button"
                variant="outline"
                disabled={pending}
                onClick={() =>
                  run(() => verifySenderAddressAction(), {
                    success: (r) =>
                      r.verified
                        ? "Verified: mail now comes from your address."
                        : {
                            error: `Not found yet: ${[!r.found.spf && "SPF", !r.found.dkim && "DKIM"].filter(Boolean).join(" and ")} record. DNS changes can take a while.`,
                          },
                  })
                }
              >
                <RefreshCw aria-hidden /> Check DNS
              </Button>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
