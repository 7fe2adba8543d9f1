import type { SsoConnectionDto } from "@/lib/dal/sso/connection-dto";
import type { BreakGlassDto } from "@/lib/dal/sso/list-break-glass";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CopyValue } from "./copy-value";
import { DeleteSsoConnectionButton } from "./delete-sso-connection-button";
import { SsoConnectionDialog, type SsoTenant } from "./sso-connection-dialog";
import { TestSignInButton } from "./test-sign-in-button";

/**
 * Single sign-on connections of one tenant (the agency's staff, or one client's users): what to
 * give the IdP, with copy buttons, whether each is tested and enforced, and for staff who keeps a
 * break-glass password while SSO-only is on (SPEC §11).
 */
export function SsoConnectionsSection({
  connections,
  tenant,
  breakGlass,
}: {
  connections: SsoConnectionDto[];
  tenant: SsoTenant;
  /** Staff tenant only: the owners who keep password + MFA when SSO-only is on, and its last uses. */
  breakGlass?: BreakGlassDto;
}) {
  const enforced = connections.some((c) => c.enforced);
  return (
    <Card role="region" aria-labelledby="sso-heading">
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-2">
        <div className="grid gap-1">
          <CardTitle id="sso-heading" role="heading" aria-level={2}>
            Single sign-on
          </CardTitle>
          <CardDescription>
            {tenant.clientId ? "This client's users" : "Your staff"} sign in through their identity provider (OIDC or
            SAML 2.0), on {tenant.clientId ? "the client's portal" : "the console"}.
          </CardDescription>
        </div>
        <SsoConnectionDialog tenant={tenant} connection={null} />
      </CardHeader>
      <CardContent className="grid gap-3">
        {connections.length === 0 && (
          <p className="text-sm text-muted-foreground">
            No single sign-on connection yet. Add one, give the identity provider the URLs shown, then run a test
            sign-in.
          </p>
        )}
        <ul className="grid gap-3">
          {connections.map((c) => (
            <li key={c.id} className="grid gap-2 rounded-md border p-4" data-testid="sso-connection">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{c.name}</span>
                <Badge variant="secondary">{c.type.toUpperCase()}</Badge>
                {c.enforced && <Badge>SSO-only</Badge>}
                {c.jitProvisioning && <Badge variant="outline">Just-in-time</Badge>}
                <span className="text-sm text-muted-foreground">
                  {c.lastTestedAt ? `Tested ${new Date(c.lastTestedAt).toUTCString()}` : "Not tested yet"}
                </span>
                <span className="ml-auto flex flex-wrap gap-2">
                  <TestSignInButton connectionId={c.id} />
                  <SsoConnectionDialog tenant={tenant} connection={c} />
                  <DeleteSsoConnectionButton id={c.id} name={c.name} />
                </span>
              </div>
              <p className="text-sm text-muted-foreground">Domains: {c.domains.join(", ") || "none"}</p>
              <dl className="grid gap-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4">
                {(c.type === "saml"
                  ? [
                      ["SP entity ID", c.spEntityId],
                      ["ACS URL", c.acsUrl],
                      ["Metadata URL", c.metadataUrl],
                      ["Start URL", c.startUrl],
                    ]
                  : [
                      ["Redirect URI", c.callbackUrl],
                      ["Start URL", c.startUrl],
                    ]
                ).map(([label, value]) => (
                  <CopyValue key={label} label={label!} value={value!} />
                ))}
              </dl>
            </li>
          ))}
        </ul>
        {breakGlass && (
          <section aria-labelledby="break-glass-heading" className="grid gap-1 rounded-md border p-3 text-sm">
            <h3 id="break-glass-heading" className="font-medium">
              Break-glass sign-in
            </h3>
            <p className="text-muted-foreground">
              {enforced
                ? "Single sign-on only is on. These owners may still sign in with their password and second factor if the identity provider fails; every such sign-in is recorded in the audit log."
                : "If single sign-on only is switched on, these owners keep their password and second factor for emergencies; every such sign-in is recorded in the audit log."}
            </p>
            <ul className="list-disc pl-5" data-testid="break-glass-owners">
              {breakGlass.owners.map((o) => (
                <li key={o.email}>
                  {o.name ? `${o.name} (${o.email})` : o.email}
                  {!o.hasMfa && (
                    <span className="text-muted-foreground">
                      {" "}
                      — no second factor yet, so break-glass is unavailable
                    </span>
                  )}
                </li>
              ))}
            </ul>
            <p className="font-medium">Last break-glass sign-ins</p>
            {breakGlass.uses.length === 0 ? (
              <p className="text-muted-foreground">None.</p>
            ) : (
              <ul className="list-disc pl-5" data-testid="break-glass-uses">
                {breakGlass.uses.map((u) => (
                  <li key={u.at}>
                    {new Date(u.at).toUTCString()} — {u.email ?? "unknown"}
                    {u.ip ? ` from ${u.ip}` : ""}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </CardContent>
    </Card>
  );
}
