"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Plug, Plus } from "lucide-react";
import { toast } from "sonner";
import { connectIntegrationAction, disconnectIntegrationAction, sendWebhookTestAction, updateIntegrationAction } from "@/app/actions/integrations";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
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

/** Integrations grouped by kind; the manage controls only for viewers who may manage them (each action re-checks). */
export function IntegrationsBoard({ integrations, canManage }: { integrations: IntegrationDto[]; canManage: boolean }) {
  const router = useRouter();
  const [busy, startTransition] = useTransition();
  const [revealed, setRevealed] = useState<string | null>(null);

  const afterSave = (saved: { name: string; signingSecret?: string }, verb: string) => {
    toast.success(`${verb}: ${saved.name}.`);
    if (saved.signingSecret) setRevealed(saved.signingSecret);
    router.refresh();
  };
  const run = <T,>(work: () => Promise<{ ok: true; data: T } | { ok: false; error: string }>, done: (data: T) => void) =>
    startTransition(async () => {
      const result = await work();
      if (!result.ok) toast.error(result.error);
      else done(result.data);
      router.refresh();
    });

  const manage = canManage && {
    busy,
    onSaved: afterSave,
    onDisconnect: (i: IntegrationDto) => run(() => disconnectIntegrationAction(i.id), () => toast.success(`Disconnected ${i.name}.`)),
    onRotate: (i: IntegrationDto) => run(() => updateIntegrationAction(i.id, { rotateSecret: true }), (saved) => afterSave(saved, "New signing secret")),
    onTest: (i: IntegrationDto) =>
      run(() => sendWebhookTestAction(i.id), (result) => {
        if (result.delivered) toast.success(`Test event delivered (HTTP ${result.httpStatus}).`);
        else toast.error(`Test event not delivered: ${result.error}`);
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
                  submit={connectIntegrationAction}
                  onSaved={(saved) => afterSave(saved, "Connected")}
                  trigger={<Button size="sm" variant="outline"><Plus aria-hidden /> {kind === "webhook" ? "Add webhook" : "Connect"}</Button>}
                />
              )}
            </div>
            {items.length === 0 ? (
              <EmptyState icon={Plug} titleAs="h3" title={`No ${KIND_LABELS[kind].toLowerCase()} yet`} description={canManage ? EMPTY[kind] : "Nothing connected here yet."} className="py-8" />
            ) : (
              <div className="grid gap-4 md:grid-cols-2">
                {items.map((i) => <IntegrationCard key={i.id} integration={i} manage={manage || undefined} />)}
              </div>
            )}
          </section>
        );
      })}
      <SecretRevealDialog secret={revealed} onClose={() => setRevealed(null)} />
    </div>
  );
}
