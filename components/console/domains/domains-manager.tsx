"use client";

import { useState } from "react";
import { Globe, Loader2, RefreshCw, Trash2 } from "lucide-react";
import { FormField } from "@/components/forms/form-field";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { addDomainAction, removeDomainAction, verifyDomainAction } from "@/app/actions/domains";
import { useRunAction } from "@/lib/actions/use-run-action";
import type { DomainDto } from "@/lib/dal/agencies/domain-dto";

/** Custom portal domains: add with DNS instructions, see verification, remove. */
export function DomainsManager({
  domains,
  defaultPortal,
  cnameTarget,
  autoVerified,
}: {
  domains: DomainDto[];
  defaultPortal: string;
  cnameTarget: string;
  autoVerified: boolean;
}) {
  const [domain, setDomain] = useState("");
  const [error, setError] = useState<string | null>(null);
  const { pending, run } = useRunAction();

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    run(() => addDomainAction(domain), {
      errorToast: false,
      onError: (failure) => setError(failure.error),
      success: (added) => `Added ${added.domain}.`,
      onSuccess: () => {
        setError(null);
        setDomain("");
      },
    });
  };
  // A failed check or removal may mean the domain changed meanwhile: show what is stored now.
  const verify = (id: string) =>
    run(() => verifyDomainAction(id), {
      refresh: "always",
      success: (r) =>
        r.verified
          ? `${r.domain} is verified.`
          : {
              error: r.found.length
                ? `${r.domain} points to ${r.found.join(", ")}, not ${cnameTarget}.`
                : `No CNAME record found for ${r.domain} yet.`,
            },
    });
  const remove = (d: DomainDto) =>
    run(() => removeDomainAction(d.id), { refresh: "always", success: `Removed ${d.domain}.` });

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>Custom domains</CardTitle>
          <CardDescription>
            Your portal always answers at <span className="font-mono">{defaultPortal}</span>. Add a domain you own to
            serve it there too.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <form onSubmit={add} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
            <div className="flex-1">
              <FormField id="domain" label="Domain" error={error ?? undefined}>
                <Input
                  id="domain"
                  value={domain}
                  onChange={(e) => setDomain(e.target.value)}
                  placeholder="portal.youragency.com"
                  aria-invalid={!!error}
                />
              </FormField>
            </div>
            <Button type="submit" disabled={pending || !domain.trim()} className={error ? "sm:mb-7" : undefined}>
              {pending && <Loader2 className="animate-spin" aria-hidden />} Add domain
            </Button>
          </form>
          {autoVerified && (
            <p className="mt-3 text-xs text-muted-foreground">
              Development mode: a domain counts as verified as soon as it is added.
            </p>
          )}
        </CardContent>
      </Card>
      {domains.length === 0 ? (
        <EmptyState
          icon={Globe}
          title="No custom domains"
          description="Add one above; you will get the DNS record to create at your domain provider."
        />
      ) : (
        <ul className="grid gap-4" data-testid="domain-list">
          {domains.map((d) => (
            <li key={d.id}>
              <Card className="gap-4" data-testid="domain-card">
                <CardHeader>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <CardTitle className="font-mono text-base">{d.domain}</CardTitle>
                    <div className="flex items-center gap-2">
                      {d.verified ? (
                        <Badge variant="success">Verified</Badge>
                      ) : (
                        <Badge variant="warning">Waiting for DNS</Badge>
                      )}
                      {!d.verified && (
                        <Button size="sm" variant="outline" disabled={pending} onClick={() => verify(d.id)}>
                          <RefreshCw aria-hidden /> Check DNS
                        </Button>
                      )}
                      <AlertDialog>
                        <AlertDialogTrigger asChild>
                          <Button
                            size="sm"
                            variant="ghost"
                            className="text-destructive"
                            disabled={pending}
                            aria-label={`Remove ${d.domain}`}
                          >
                            <Trash2 aria-hidden /> Remove
                          </Button>
                        </AlertDialogTrigger>
                        <AlertDialogContent>
                          <AlertDialogHeader>
                            <AlertDialogTitle>Remove {d.domain}?</AlertDialogTitle>
                            <AlertDialogDescription>
                              Clients using this address can no longer reach the portal there. {defaultPortal} keeps
                              working.
                            </AlertDialogDescription>
                          </AlertDialogHeader>
                          <AlertDialogFooter>
                            <AlertDialogCancel>Cancel</AlertDialogCancel>
                            <AlertDialogAction onClick={() => remove(d)}>Remove</AlertDialogAction>
                          </AlertDialogFooter>
                        </AlertDialogContent>
                      </AlertDialog>
                    </div>
                  </div>
                </CardHeader>
                <CardContent className="space-y-2 text-sm">
                  <p className="text-muted-foreground">At your DNS provider, create this record:</p>
                  <div className="overflow-x-auto rounded-md border">
                    <table className="w-full text-left text-xs">
                      <thead className="bg-muted/50">
                        <tr>
                          <th className="px-3 py-2">Type</th>
                          <th className="px-3 py-2">Name</th>
                          <th className="px-3 py-2">Value</th>
                        </tr>
                      </thead>
                      <tbody>
                        <tr className="font-mono">
                          <td className="px-3 py-2">{d.dns.type}</td>
                          <td className="px-3 py-2">{d.dns.name}</td>
                          <td className="px-3 py-2" data-testid="cname-target">
                            {d.dns.value}
                          </td>
                        </tr>
                      </tbody>
                    </table>
                  </div>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
