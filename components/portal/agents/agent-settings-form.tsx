"use client";

import { useState } from "react";
import { Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { saveAgentAction } from "@/app/actions/agents";
import { useRunAction } from "@/lib/actions/use-run-action";
import {
  AGENT_FIELD_LABELS,
  AgentSettingsSchema,
  GREETING_MAX,
  LANGUAGES,
  PROMPT_MAX,
  VOICES,
  type AgentSettingField,
  type AgentSettingsValues,
} from "@/lib/agents/agent-settings";
import { FormField } from "@/components/forms/form-field";

type Settings = Omit<AgentSettingsValues, "voice" | "language"> & { voice: string; language: string };
type Choice = { id: string; label: string };
/** The listed choices, plus the agent's own when its provider uses one we do not list. */
const withCurrent = (list: readonly Choice[], current: string) =>
  list.some((o) => o.id === current) ? list : [{ id: current, label: current }, ...list];

type Draft = Omit<Settings, "maxCallMinutes"> & { maxCallMinutes: string };
type Errors = Partial<Record<AgentSettingField, string>>;

/** The edit form: checked in the browser with the verb's own schema, then again on the server. */
export function AgentSettingsForm({
  agentId,
  version,
  settings,
  voices = VOICES,
  languages = LANGUAGES,
  choicesNotice = null,
}: {
  agentId: string;
  version: number;
  settings: Settings;
  /** The agent's provider's own voices and languages (server-side); the product's lists otherwise. */
  voices?: readonly Choice[];
  languages?: readonly Choice[];
  /** Why only the current voice and language are offered (the provider could not be asked). */
  choicesNotice?: string | null;
}) {
  const initial: Draft = { ...settings, maxCallMinutes: String(settings.maxCallMinutes) };
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const { pending, run } = useRunAction();
  const set = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const dirty = (Object.keys(initial) as (keyof Draft)[]).some((k) => initial[k] !== draft[k]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const candidate = {
      ...draft,
      maxCallMinutes: draft.maxCallMinutes.trim() === "" ? Number.NaN : Number(draft.maxCallMinutes),
    };
    const parsed = AgentSettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as AgentSettingField] ??= issue.message;
      setErrors(next);
      setFormError("Fix the highlighted fields, then save again.");
      return;
    }
    setErrors({});
    setFormError(null);
    run(() => saveAgentAction(agentId, { version, ...parsed.data }), {
      onError: (failure) => setFormError(failure.error),
      success: (saved) => (saved.version === version ? "Nothing changed." : `Saved as version ${saved.version}.`),
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Settings</CardTitle>
        <CardDescription>Every save becomes a new version you can revert to.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={submit} className="grid gap-5" noValidate data-testid="agent-settings-form">
          {formError && (
            <p
              role="status"
              data-testid="form-error"
              className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
            >
              {formError}
            </p>
          )}
          <FormField
            id="greeting"
            label={AGENT_FIELD_LABELS.greeting}
            error={errors.greeting}
            hint={`${draft.greeting.length} / ${GREETING_MAX}`}
          >
            <Textarea
              id="greeting"
              value={draft.greeting}
              onChange={(e) => set("greeting")(e.target.value)}
              rows={2}
              aria-invalid={!!errors.greeting}
            />
          </FormField>
          <FormField
            id="prompt"
            label={AGENT_FIELD_LABELS.prompt}
            error={errors.prompt}
            hint={`${draft.prompt.length} / ${PROMPT_MAX}`}
          >
            <Textarea
              id="prompt"
              value={draft.prompt}
              onChange={(e) => set("prompt")(e.target.value)}
              rows={8}
              className="max-h-96"
              aria-invalid={!!errors.prompt}
            />
          </FormField>
          {choicesNotice && (
            <p data-testid="choices-notice" className="text-sm text-muted-foreground">
              {choicesNotice}
            </p>
          )}
          <div className="grid gap-5 sm:grid-cols-2">
            <FormField id="voice" label={AGENT_FIELD_LABELS.voice} error={errors.voice}>
              <Select value={draft.voice} onValueChange={set("voice")}>
                <SelectTrigger id="voice" className="w-full" aria-invalid={!!errors.voice}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {withCurrent(voices, settings.voice).map((v) => (
                    <SelectItem key={v.id} value={v.id}>
                      {v.label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </FormField>
            <FormField id="language" label={AGENT_FIELD_LABELS.language} error={errors.language}>
              <Select value={draft.language} onValueChange={set("language")}>
                <SelectTrigger id="language" className="w-full" aria-invalid={!!errors.language}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {withCurrent(languages, settings.language).map((l) => (
                    <SelectItem key={l.id} value={l.id}>
                      {l.label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </FormField>
          </div>
          <FormField
            id="businessHours"
            label={AGENT_FIELD_LABELS.businessHours}
            error={errors.businessHours}
            hint="e.g. Mon–Fri 08:00–18:00"
          >
            <Input
              id="businessHours"
              value={draft.businessHours}
              onChange={(e) => set("businessHours")(e.target.value)}
              aria-invalid={!!errors.businessHours}
            />
          </FormField>
          <div className="grid gap-5 sm:grid-cols-2">
            <FormField
              id="transferNumber"
              label={AGENT_FIELD_LABELS.transferNumber}
              error={errors.transferNumber}
              hint="International format; empty: never transfer"
            >
              <Input
                id="transferNumber"
                inputMode="tel"
                value={draft.transferNumber}
                onChange={(e) => set("transferNumber")(e.target.value)}
                placeholder="+13035550100"
                aria-invalid={!!errors.transferNumber}
              />
            </FormField>
            <FormField
              id="maxCallMinutes"
              label={AGENT_FIELD_LABELS.maxCallMinutes}
              error={errors.maxCallMinutes}
              hint="1 to 60"
            >
              <Input
                id="maxCallMinutes"
                type="number"
                min={1}
                max={60}
                step={1}
                value={draft.maxCallMinutes}
                onChange={(e) => set("maxCallMinutes")(e.target.value)}
                aria-invalid={!!errors.maxCallMinutes}
              />
            </FormField>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" disabled={pending || !dirty}>
              {pending && <Loader2 className="animate-spin" aria-hidden />}
              Save changes
            </Button>
            <Button
              type="button"
              variant="ghost"
              disabled={pending || !dirty}
              onClick={() => {
                setDraft(initial);
                setErrors({});
                setFormError(null);
              }}
            >
              Discard
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
