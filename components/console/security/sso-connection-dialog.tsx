"use client";

import { useState } from "react";
import { Loader2, Plus, Trash2 } from "lucide-react";
import { createSsoConnectionAction, updateSsoConnectionAction } from "@/app/actions/sso-connections";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import { useRunAction } from "@/lib/actions/use-run-action";
import type { SsoConnectionDto } from "@/lib/dal/sso/connection-dto";
import { createBody, formFrom, updateBody, type SsoForm } from "./sso-connection-form";

export type SsoTenant = {
  clientId: string | null;
  roles: readonly string[];
  agents: { id: string; name: string }[];
};

/**
 * Create or edit one connection. The client secret is write-only (shown as "set", replaced by
 * typing a new one); SSO-only stays disabled until a test sign-in through the connection passed.
 */
export function SsoConnectionDialog({
  tenant,
  connection,
}: {
  tenant: SsoTenant;
  connection: SsoConnectionDto | null;
}) {
  const [open, setOpen] = useState(false);
  const initial = formFrom(connection, tenant.roles[tenant.roles.length - 1] ?? "");
  const [form, setForm] = useState<SsoForm>(initial);
  const [error, setError] = useState<string | null>(null);
  const { pending, run } = useRunAction();
  const set = <K extends keyof SsoForm>(key: K, value: SsoForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setRow = (i: number, patch: Partial<SsoForm["groupRoles"][number]>) =>
    set(
      "groupRoles",
      form.groupRoles.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );
  const secretSet = !!(connection && "oidc" in connection && connection.oidc?.clientSecretSet);
  const tested = !!connection?.lastTestedAt;
  const id = connection?.id ?? "new";

  function onOpenChange(next: boolean) {
    if (next) {
      setForm(initial);
      setError(null);
    }
    setOpen(next);
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    run(
      () =>
        connection
          ? updateSsoConnectionAction(connection.id, updateBody(form, initial, tenant.clientId))
          : createSsoConnectionAction(createBody(form, tenant.clientId)),
      { onSuccess: () => setOpen(false), onError: (f) => setError(f.error), errorToast: false },
    );
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        {connection ? (
          <Button type="button" size="sm" variant="outline" aria-label={`Edit ${connection.name}`}>
            Edit
          </Button>
        ) : (
          <Button type="button" data-testid="sso-add">
            <Plus aria-hidden /> Add connection
          </Button>
        )}
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-2xl">
        <form onSubmit={submit} className="grid gap-4" aria-label="Single sign-on connection">
          <DialogHeader>
            <DialogTitle>{connection ? `Edit ${connection.name}` : "New single sign-on connection"}</DialogTitle>
            <DialogDescription>
              {tenant.clientId ? "This client's users" : "Your staff"} sign in through their own identity provider.
            </DialogDescription>
          </DialogHeader>
          <fieldset className="grid gap-2" disabled={!!connection}>
            <legend className="text-sm font-medium">Protocol</legend>
            <div className="flex gap-4 text-sm">
              {(["oidc", "saml"] as const).map((t) => (
                <label key={t} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={`sso-type-${id}`}
                    value={t}
                    checked={form.type === t}
                    onChange={() => set("type", t)}
                  />
                  {t === "oidc" ? "OpenID Connect" : "SAML 2.0"}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid gap-1">
            <Label htmlFor={`sso-name-${id}`}>Name</Label>
            <Input
              id={`sso-name-${id}`}
              required
              maxLength={100}
              value={form.name}
              onChange={(e) => set("name", e.target.value)}
            />
          </div>
          <div className="grid gap-1">
            <Label htmlFor={`sso-domains-${id}`}>Email domains</Label>
            <Input
              id={`sso-domains-${id}`}
              placeholder="example.com, example.org"
              value={form.domains}
              onChange={(e) => set("domains", e.target.value)}
              aria-describedby={`sso-domains-help-${id}`}
            />
            <p id={`sso-domains-help-${id}`} className="text-xs text-muted-foreground">
              People with these email domains are offered this connection on the sign-in page.
            </p>
          </div>
          {form.type === "oidc" ? (
            <>
              <div className="grid gap-1">
                <Label htmlFor={`sso-issuer-${id}`}>Issuer URL</Label>
                <Input
                  id={`sso-issuer-${id}`}
                  type="url"
                  required
                  placeholder="https://login.example.com"
                  value={form.issuer}
                  onChange={(e) => set("issuer", e.target.value)}
                />
              </div>
              <div className="grid gap-1">
                <Label htmlFor={`sso-client-id-${id}`}>Client ID</Label>
                <Input
                  id={`sso-client-id-${id}`}
                  required
                  value={form.oidcClientId}
                  onChange={(e) => set("oidcClientId", e.target.value)}
                />
              </div>
              <div className="grid gap-1">
                <Label htmlFor={`sso-secret-${id}`}>Client secret</Label>
                <Input
                  id={`sso-secret-${id}`}
                  type="password"
                  autoComplete="off"
                  required={!secretSet}
                  placeholder={secretSet ? "Set — type a new one to replace it" : ""}
                  value={form.clientSecret}
                  onChange={(e) => set("clientSecret", e.target.value)}
                />
              </div>
            </>
          ) : (
            <div className="grid gap-1">
              <Label htmlFor={`sso-metadata-${id}`}>Identity provider metadata (XML)</Label>
              <Textarea
                id={`sso-metadata-${id}`}
                rows={5}
                required={!connection}
                className="font-mono text-xs"
                placeholder={connection ? "Stored — paste new metadata to replace it" : "<EntityDescriptor …>"}
                value={form.metadataXml}
                onChange={(e) => set("metadataXml", e.target.value)}
              />
            </div>
          )}
          <div className="flex items-center gap-3">
            <Switch
              id={`sso-jit-${id}`}
              checked={form.jitProvisioning}
              onCheckedChange={(v) => set("jitProvisioning", v)}
            />
            <Label htmlFor={`sso-jit-${id}`}>Create accounts on first sign-in (just-in-time)</Label>
          </div>
          <div className="grid gap-1">
            <Label htmlFor={`sso-role-${id}`}>Default role</Label>
            <NativeSelect
              id={`sso-role-${id}`}
              value={form.defaultRole}
              onChange={(e) => set("defaultRole", e.target.value)}
            >
              {tenant.roles.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </NativeSelect>
          </div>
          <fieldset className="grid gap-2">
            <legend className="text-sm font-medium">Groups → roles</legend>
            <p className="text-xs text-muted-foreground">
              The highest role among a person&apos;s mapped groups wins, re-applied at each sign-in.
            </p>
            {form.groupRoles.length === 0 && <p className="text-sm text-muted-foreground">No group mapped.</p>}
            {form.groupRoles.map((row, i) => (
              <div key={i} className="grid gap-2 rounded-md border p-2">
                <div className="flex flex-wrap items-center gap-2">
                  <Input
                    aria-label={`Group ${i + 1}`}
                    placeholder="Group name"
                    className="min-w-40 flex-1"
                    value={row.group}
                    onChange={(e) => setRow(i, { group: e.target.value })}
                  />
                  <NativeSelect
                    aria-label={`Role for group ${i + 1}`}
                    value={row.role}
                    onChange={(e) => setRow(i, { role: e.target.value })}
                  >
                    {tenant.roles.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </NativeSelect>
                  <Button
                    type="button"
                    size="icon"
                    variant="ghost"
                    aria-label={`Remove group ${i + 1}`}
                    onClick={() =>
                      set(
                        "groupRoles",
                        form.groupRoles.filter((_, j) => j !== i),
                      )
                    }
                  >
                    <Trash2 aria-hidden />
                  </Button>
                </div>
                {tenant.clientId && tenant.agents.length > 0 && (
                  <div
                    className="flex flex-wrap gap-3 text-sm"
                    role="group"
                    aria-label={`AI agents for group ${i + 1}`}
                  >
                    {tenant.agents.map((a) => (
                      <label key={a.id} className="flex items-center gap-1">
                        <input
                          type="checkbox"
                          checked={row.agentIds.includes(a.id)}
                          onChange={(e) =>
                            setRow(i, {
                              agentIds: e.target.checked
                                ? [...row.agentIds, a.id]
                                : row.agentIds.filter((x) => x !== a.id),
                            })
                          }
                        />
                        {a.name}
                      </label>
                    ))}
                  </div>
                )}
              </div>
            ))}
            <Button
              type="button"
              size="sm"
              variant="outline"
              className="justify-self-start"
              onClick={() =>
                set("groupRoles", [...form.groupRoles, { group: "", role: form.defaultRole, agentIds: [] }])
              }
            >
              <Plus aria-hidden /> Add group
            </Button>
          </fieldset>
          {connection && (
            <div className="grid gap-1">
              <div className="flex items-center gap-3">
                <Switch
                  id={`sso-enforce-${id}`}
                  checked={form.enforced}
                  disabled={!tested && !form.enforced}
                  onCheckedChange={(v) => set("enforced", v)}
                  aria-describedby={`sso-enforce-help-${id}`}
                />
                <Label htmlFor={`sso-enforce-${id}`}>Single sign-on only (no passwords)</Label>
              </div>
              <p id={`sso-enforce-help-${id}`} className="text-xs text-muted-foreground">
                {tested
                  ? "Passwords, password resets and password invitations are refused for this tenant."
                  : "Available after one successful test sign-in through this connection."}
              </p>
            </div>
          )}
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending && <Loader2 className="animate-spin" aria-hidden />} {connection ? "Save" : "Create connection"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
