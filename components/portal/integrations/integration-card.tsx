"use client";

import { KeyRound, Send, Settings2, Unplug } from "lucide-react";
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
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { IntegrationDto } from "@/lib/dal/integrations/integration-dto";
import { providerOf } from "@/lib/integrations/providers";
import { LocalTime } from "../local-time";
import { updateIntegrationAction } from "@/app/actions/integrations";
import { IntegrationFormDialog } from "./integration-form-dialog";
import { IntegrationStatusBadge } from "./integration-status-badge";

type Handlers = {
  busy: boolean;
  onSaved: (saved: { signingSecret?: string }) => void;
  onDisconnect: (integration: IntegrationDto) => void;
  onTest: (integration: IntegrationDto) => void;
  onRotate: (integration: IntegrationDto) => void;
};

/** One connection: status, settings, last activity; the manage buttons only with the right to use them. */
export function IntegrationCard({ integration, manage }: { integration: IntegrationDto; manage?: Handlers }) {
  const provider = providerOf(integration.provider);
  const label = (key: string) => provider?.fields.find((f) => f.key === key)?.label ?? key;
  return (
    <Card data-testid="integration-card" data-integration-name={integration.name} className="gap-4">
      <CardHeader>
        <div className="flex items-start justify-between gap-2">
          <div className="min-w-0">
            <CardTitle className="truncate">{integration.name}</CardTitle>
            <CardDescription>{integration.providerLabel}</CardDescription>
          </div>
          <IntegrationStatusBadge status={integration.status} />
        </div>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <dl className="grid gap-1">
          {Object.entries(integration.config).map(([key, value]) => (
            <div key={key} className="flex gap-2">
              <dt className="shrink-0 text-muted-foreground">{label(key)}:</dt>
              <dd className="min-w-0 break-all">{value === "true" ? "Yes" : value === "false" ? "No" : value}</dd>
            </div>
          ))}
          <div className="flex gap-2">
            <dt className="shrink-0 text-muted-foreground">
              {integration.kind === "webhook" ? "Signing secret:" : "Credential:"}
            </dt>
            <dd className="font-mono" data-testid="secret-hint">
              {integration.secretHint ?? "not set"}
            </dd>
          </div>
        </dl>
        <p className="text-xs text-muted-foreground">
          Last activity: <LocalTime iso={integration.lastEventAt} fallback="none yet" />
        </p>
        {integration.lastError && (
          <p
            data-testid="integration-error"
            className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-xs text-destructive"
          >
            {integration.lastError}
          </p>
        )}
      </CardContent>
      {manage && (
        <CardFooter className="flex flex-wrap gap-2">
          <IntegrationFormDialog
            kind={integration.kind}
            existing={integration}
            submit={(input) => updateIntegrationAction(integration.id, input)}
            verb="Saved"
            onSaved={manage.onSaved}
            trigger={
              <Button size="sm" variant="outline" disabled={manage.busy}>
                <Settings2 aria-hidden /> Configure
              </Button>
            }
          />
          {integration.kind === "webhook" && (
            <>
              <Button
                size="sm"
                variant="outline"
                disabled={manage.busy || !integration.secretHint}
                onClick={() => manage.onTest(integration)}
                title={integration.secretHint ? undefined : "Rotate the secret first"}
              >
                <Send aria-hidden /> Send test event
              </Button>
              <Confirm
                title={`Rotate the signing secret of ${integration.name}?`}
                body="Your endpoint must switch to the new secret: requests signed with the old one stop verifying."
                confirm="Rotate"
                onConfirm={() => manage.onRotate(integration)}
                trigger={
                  <Button size="sm" variant="outline" disabled={manage.busy}>
                    <KeyRound aria-hidden /> Rotate secret
                  </Button>
                }
              />
            </>
          )}
          <Confirm
            title={`Disconnect ${integration.name}?`}
            body="Its settings and stored credential are deleted. You can connect it again later."
            confirm="Disconnect"
            onConfirm={() => manage.onDisconnect(integration)}
            trigger={
              <Button size="sm" variant="ghost" className="text-destructive" disabled={manage.busy}>
                <Unplug aria-hidden /> Disconnect
              </Button>
            }
          />
        </CardFooter>
      )}
    </Card>
  );
}

function Confirm({
  title,
  body,
  confirm,
  onConfirm,
  trigger,
}: {
  title: string;
  body: string;
  confirm: string;
  onConfirm: () => void;
  trigger: React.ReactNode;
}) {
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{body}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction onClick={onConfirm}>{confirm}</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
