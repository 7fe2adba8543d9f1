"use client";

import { useState } from "react";
import { Plug, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import {
  connectIntegrationAction,
  disconnectIntegrationAction,
  sendWebhookTestAction,
  updateIntegrationAction,
} from "@/app/actions/integrations";
import { useRunAction } from "@/lib/actions/use-run-action";
import type { IntegrationDto } from "@/lib/dal/integrations/integration-dto";
import { KIND_LABELS, type IntegrationKind } from "@/lib/integrations/providers";
import { IntegrationCard } from "./integration-card";
import { IntegrationFormDialog } from "./integration-form-dialog";
import { SecretRevealDialog } from "./secret-reveal-dialog";

const KINDS: IntegrationKind[] = ["crm", "calendar", "webhook"];
const EMPTY: Record<IntegrationKind, string> = {
  crm: "No CRM connected. Connect one so every caller lands in it as a contact.",
  calendar: "No calendar connected. Connect one so agents can book into it.",
  webhook: "No webhooks yet. Add one to send call events to your own systems.",
};

const ACTIONS = {
  connect: connectIntegrationAction,
  update: updateIntegrationAction,
  disconnect: disconnectIntegrationAction,
  test: sendWebhookTestAction,
};

/** Integrations grouped by kind; the manage controls only for viewers who may manage them (each action re-checks). */
export function IntegrationsBoard({ integrations, canManage }: { integrations: IntegrationDto[]; canManage: boolean }) {
  const actions = ACTIONS;
  const { pending: busy, run } = useRunAction();
  const [revealed, setRevealed] = useState<string | null>(null);

  // A new webhook's (or a rotated) signing secret is shown once.
  const reveal = (saved: { signingSecret?: string }) => {
    if (saved.signingSecret) setRevealed(saved.signingSecret);
  };
  // A failure may mean the integration changed meanwhile: refresh either way.
  const manage = canManage && {
    busy,
    onSaved: reveal,
    onDisconnect: (i: IntegrationDto) =>
      run(() => actions.disconnect(i.id), { refresh: "always", success: `Disconnected ${i.name}.` }),
    onRotate: (i: IntegrationDto) =>
      run(() => actions.update(i.id, { rotateSecret: true }), {
        refresh: "always",
        success: (saved) => `New signing secret: ${saved.name}.`,
        onSuccess: reveal,
      }),
    onTest: (i: IntegrationDto) =>
      run(() => actions.test(i.id), {
        refresh: "always",
        success: (r) =>
          r.delivered
            ? `Test event delivered (HTTP ${r.httpStatus}).`
            : { error: `Test event not delivered: ${r.error}` },
      }),
  };

  return (
    <div className="space-y-8">
      {KINDS.map((kind) => {
        const items = integrations.filter((i) => i.kind === kind);
        return (
          <section key={kind} className="space-y-3" data-testid={`integrations-${kind}`}>
            <div className="flex items-center justify-between gap-2">
              <h2 className="text-lg font-semibold">{KIND_LABELS[kind]}</h2>
              {canManage && (
                <IntegrationFormDialog
                  kind={kind}
                  submit={actions.connect}
                  verb="Connected"
                  onSaved={reveal}
                  trigger={
                    <Button size="sm" variant="outline">
                      <Plus aria-hidden /> {kind === "webhook" ? "Add webhook" : "Connect"}
                    </Button>
                  }
                />
              )}
            </div>
            {items.length === 0 ? (
              <EmptyState
                icon={Plug}
                titleAs="h3"
                title={`No ${KIND_LABELS[kind].toLowerCase()} yet`}
                description={canManage ? EMPTY[kind] : "Nothing connected here yet."}
                className="py-8"
              />
            ) : (
              <div className="grid gap-4 md:grid-cols-2">
                {items.map((i) => (
                  <IntegrationCard key={i.id} integration={i} manage={manage || undefined} />
                ))}
              </div>
            )}
          </section>
        );
      })}
      <SecretRevealDialog secret={revealed} onClose={() => setRevealed(null)} />
    </div>
  );
}
