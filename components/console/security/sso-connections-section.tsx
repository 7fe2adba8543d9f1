import type { SsoConnectionDto } from "@/lib/dal/sso/connection-dto";
import { Badge } from "@/components/ui/badge";
import { TestSignInButton } from "./test-sign-in-button";

/**
 * Single sign-on connections of one tenant: what to give the IdP (SP entity id, ACS, metadata,
 * callback) and whether each is tested and enforced. Created and edited through the API for now.
 */
export function SsoConnectionsSection({ connections }: { connections: SsoConnectionDto[] }) {
  return (
    <section className="grid gap-3" aria-labelledby="sso-heading">
      <h2 id="sso-heading" className="text-lg font-semibold">
        Single sign-on
      </h2>
      {connections.length === 0 && <p className="text-sm text-muted-foreground">No single sign-on connection yet.</p>}
      <ul className="grid gap-3">
        {connections.map((c) => (
          <li key={c.id} className="grid gap-2 rounded-md border p-4" data-testid="sso-connection">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{c.name}</span>
              <Badge variant="secondary">{c.type.toUpperCase()}</Badge>
              {c.enforced && <Badge>SSO-only</Badge>}
              <span className="text-sm text-muted-foreground">
                {c.lastTestedAt ? `Tested ${new Date(c.lastTestedAt).toUTCString()}` : "Not tested yet"}
              </span>
              <span className="ml-auto">
                <TestSignInButton connectionId={c.id} />
              </span>
            </div>
            <p className="text-sm text-muted-foreground">Domains: {c.domains.join(", ") || "none"}</p>
            <dl className="grid gap-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4">
              {(c.type === "saml"
                ? [
                    ["SP entity ID", c.spEntityId],
                    ["ACS URL", c.acsUrl],
                    ["Metadata URL", c.metadataUrl],
                  ]
                : [["Redirect URI", c.callbackUrl]]
              ).map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-muted-foreground">{label}</dt>
                  <dd className="break-all font-mono">{value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
