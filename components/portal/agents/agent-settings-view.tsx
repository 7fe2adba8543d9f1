import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import {
  AGENT_FIELD_LABELS,
  AGENT_SETTING_FIELDS,
  languageName,
  voiceName,
  type AgentSettingField,
} from "@/lib/agents/agent-settings";
import type { AgentDetailDto } from "@/lib/dal/agents/agent-dto";

export function displaySetting(field: AgentSettingField, value: unknown): string {
  if (field === "voice") return voiceName(String(value));
  if (field === "language") return languageName(String(value));
  if (field === "transferNumber") return value ? String(value) : "No transfer";
  if (field === "maxCallMinutes") return `${value} min`;
  return String(value ?? "");
}

/** Read-only settings for viewers without edit rights. */
export function AgentSettingsView({ settings }: { settings: AgentDetailDto["settings"] }) {
  return (
    <Card data-testid="agent-settings-readonly">
      <CardHeader>
        <CardTitle>Settings</CardTitle>
        <CardDescription>Read-only. Ask your company&apos;s portal admin if something should change.</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4">
          {AGENT_SETTING_FIELDS.map((field) => (
            <div key={field} className="grid gap-1">
              <dt className="text-sm font-medium">{AGENT_FIELD_LABELS[field]}</dt>
              <dd className="whitespace-pre-wrap text-sm text-muted-foreground">
                {displaySetting(field, settings[field])}
              </dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
