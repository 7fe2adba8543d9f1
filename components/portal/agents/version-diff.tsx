import type { AgentSettingField, SettingsDiff } from "@/lib/agents/agent-settings";
import { displaySetting } from "./agent-settings-view";

/** Before → after per changed field; long texts (the prompt) fold away. */
export function VersionDiff({
  diff,
  fields,
  labels,
}: {
  diff: SettingsDiff;
  fields: AgentSettingField[];
  labels: Record<AgentSettingField, string>;
}) {
  return (
    <dl className="grid gap-2 text-sm" data-testid="version-diff">
      {fields.map((field) => {
        const change = diff[field]!;
        const before = displaySetting(field, change.before);
        const after = displaySetting(field, change.after);
        const long = before.length + after.length > 160;
        const body = (
          <div className="grid gap-1">
            <del className="whitespace-pre-wrap break-words rounded bg-destructive/10 px-1.5 py-0.5 text-muted-foreground decoration-destructive/60">
              {before || "(empty)"}
            </del>
            <ins className="whitespace-pre-wrap break-words rounded bg-success/10 px-1.5 py-0.5 no-underline">
              {after || "(empty)"}
            </ins>
          </div>
        );
        return (
          <div key={field} className="grid gap-1">
            <dt className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{labels[field]}</dt>
            <dd>
              {long ? (
                <details>
                  <summary className="cursor-pointer text-xs text-muted-foreground">Show the change</summary>
                  {body}
                </details>
              ) : (
                body
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
