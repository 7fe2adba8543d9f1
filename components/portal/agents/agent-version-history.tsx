"use client";

import { History, RotateCcw } from "lucide-react";
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
import { revertAgentAction } from "@/app/actions/agents";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useRunAction } from "@/lib/actions/use-run-action";
import { AGENT_FIELD_LABELS, AGENT_SETTING_FIELDS } from "@/lib/agents/agent-settings";
import type { AgentVersionDto } from "@/lib/dal/agents/agent-dto";
import { LocalTime } from "../local-time";
import { VersionDiff } from "./version-diff";

/** Who changed what and when, newest first; with edit rights, each older version can be restored. */
export function AgentVersionHistory({
  agentId,
  agencyName,
  versions,
  currentVersion,
  canRevert,
}: {
  agentId: string;
  agencyName: string;
  versions: AgentVersionDto[];
  currentVersion: number;
  canRevert: boolean;
}) {
  const { pending, run } = useRunAction();

  const restore = (toVersion: number) =>
    run(() => revertAgentAction(agentId, { toVersion, version: currentVersion }), {
      success: (restored) => `Restored version ${toVersion} as version ${restored.version}.`,
    });

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <History className="size-4" aria-hidden /> Version history
        </CardTitle>
        <CardDescription>
          {versions.length} version{versions.length === 1 ? "" : "s"}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-4" data-testid="version-history">
          {versions.map((v) => {
            const fields = AGENT_SETTING_FIELDS.filter((f) => v.diff[f]);
            return (
              <li key={v.version} data-testid={`version-${v.version}`} className="grid gap-2 border-l-2 pl-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div className="text-sm">
                    <span className="font-medium">Version {v.version}</span>
                    {v.version === currentVersion && (
                      <span className="ml-2 rounded bg-primary px-1.5 py-0.5 text-xs text-primary-foreground">
                        Current
                      </span>
                    )}
                    <div className="text-xs text-muted-foreground">
                      {v.author?.email ?? `Set up by ${agencyName}`} · <LocalTime iso={v.createdAt} />
                    </div>
                  </div>
                  {canRevert && v.version !== currentVersion && (
                    <AlertDialog>
                      <AlertDialogTrigger asChild>
                        <Button
                          size="sm"
                          variant="outline"
                          disabled={pending}
                          aria-label={`Revert to version ${v.version}`}
                        >
                          <RotateCcw aria-hidden /> Revert
                        </Button>
                      </AlertDialogTrigger>
                      <AlertDialogContent>
                        <AlertDialogHeader>
                          <AlertDialogTitle>Revert to version {v.version}?</AlertDialogTitle>
                          <AlertDialogDescription>
                            The agent gets the settings it had in version {v.version}. This is saved as a new version,
                            so you can undo it the same way.
                          </AlertDialogDescription>
                        </AlertDialogHeader>
                        <AlertDialogFooter>
                          <AlertDialogCancel>Cancel</AlertDialogCancel>
                          <AlertDialogAction onClick={() => restore(v.version)}>Revert</AlertDialogAction>
                        </AlertDialogFooter>
                      </AlertDialogContent>
                    </AlertDialog>
                  )}
                </div>
                {v.revertedFrom !== null && (
                  <p className="text-xs text-muted-foreground">Restored the settings of version {v.revertedFrom}.</p>
                )}
                {fields.length === 0 ? (
                  <p className="text-xs text-muted-foreground">Initial settings.</p>
                ) : (
                  <VersionDiff diff={v.diff} fields={fields} labels={AGENT_FIELD_LABELS} />
                )}
              </li>
            );
          })}
        </ol>
      </CardContent>
    </Card>
  );
}
