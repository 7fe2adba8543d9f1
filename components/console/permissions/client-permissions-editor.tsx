"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { Loader2, RotateCcw } from "lucide-react";
import { updateClientPermissionsAction } from "@/app/actions/clients";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useRunAction } from "@/lib/actions/use-run-action";
import { isEmptySet, PERMISSIONS } from "@/lib/authz/catalogue";
import type { PermissionKey, StoredPermissions } from "@/lib/authz/permission-keys";
import {
  draftPatch,
  followsDefault,
  isDirty,
  presetDraft,
  resetAllDraft,
  resetDraft,
  toggleDraft,
  type Draft,
  type DraftEdit,
} from "@/lib/authz/permission-draft";
import { valuesOf } from "@/lib/authz/stored-permissions";
import type { ClientPermissionsEditorDto } from "@/lib/dal/clients/client-dto";
import { DependencyNotices } from "./dependency-notices";
import { HandsOffWarning } from "./hands-off-warning";
import { PermissionSwitches } from "./permission-switches";
import { PortalPreview } from "./portal-preview";
import { PresetMenu } from "./preset-menu";
import { StalePrompt } from "./stale-prompt";

/**
 * One client's permissions: edit locally (dependencies followed and announced, presets, resets),
 * preview the portal live, save with the version loaded. The page remounts this with a new key
 * after every save, so `dto` is always what is stored.
 */
export function ClientPermissionsEditor({ dto }: { dto: ClientPermissionsEditorDto }) {
  const router = useRouter();
  const saved = useMemo(() => storedOf(dto), [dto]);
  const [current, setCurrent] = useState<StoredPermissions>(saved);
  const [notices, setNotices] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const { pending, run } = useRunAction();
  const draft: Draft = { saved, defaults: dto.defaults, current };
  const values = valuesOf(current);
  const readOnly = !dto.canEdit;
  const dirty = isDirty(draft);

  const apply = (edit: DraftEdit) => {
    setCurrent(edit.current);
    setNotices(edit.notices);
  };

  const save = () =>
    run(() => updateClientPermissionsAction(dto.clientId, draftPatch(draft, dto.version)), {
      success: `Permissions saved for ${dto.clientName}`,
      onError: (failure) => {
        if (failure.code === "conflict") setStale(true);
      },
      errorToast: (failure) => failure.code !== "conflict",
      refresh: "never", // the page remounts this editor with the saved version
    });

  const aside = (key: PermissionKey) => {
    const t = current[key];
    const changed = t.enabled !== saved[key].enabled || t.overridden !== saved[key].overridden;
    const marker = t.overridden ? (
      <Badge variant="outline" data-testid={`marker-${key}`}>
        Overridden
      </Badge>
    ) : followsDefault(draft, key) ? (
      <Badge variant="secondary" data-testid={`marker-${key}`}>
        Agency default
      </Badge>
    ) : (
      <Badge
        variant="outline"
        data-testid={`marker-${key}`}
        title={`The agency default is now ${dto.defaults[key] ? "on" : "off"}`}
      >
        Earlier agency default
      </Badge>
    );
    return (
      <>
        {marker}
        {changed && <span className="text-xs text-muted-foreground">Unsaved</span>}
        {!readOnly && !followsDefault(draft, key) && (
          <Button
            variant="link"
            size="sm"
            className="h-auto p-0 text-xs"
            onClick={() => apply(resetDraft(draft, key))}
            aria-label={`Reset ${PERMISSIONS[key].label} to agency default`}
          >
            Reset to agency default
          </Button>
        )}
      </>
    );
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div className="grid content-start gap-4">
        {readOnly ? (
          <p
            data-testid="read-only-note"
            className="rounded-md border bg-muted/40 px-3 py-2 text-sm text-muted-foreground"
          >
            You can see this client&apos;s permissions but not change them.
          </p>
        ) : (
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-muted-foreground">
              What {dto.clientName}&apos;s users may see, within their role. Agency staff always see everything.
            </p>
            <div className="flex flex-wrap gap-2">
              <Button variant="outline" onClick={() => apply(resetAllDraft(draft))}>
                <RotateCcw aria-hidden /> Reset all to agency defaults
              </Button>
              <PresetMenu onPick={(p) => apply(presetDraft(draft, p))} />
            </div>
          </div>
        )}
        {stale && (
          <StalePrompt
            onReload={() => {
              setStale(false);
              router.refresh();
            }}
          />
        )}
        <DependencyNotices notices={notices} />
        {isEmptySet(values) && <HandsOffWarning subject={`${dto.clientName}'s users`} />}
        <PermissionSwitches
          idPrefix="perm"
          values={values}
          disabled={readOnly || pending}
          onToggle={(k, v) => apply(toggleDraft(draft, k, v))}
          aside={aside}
        />
        {!readOnly && (
          <div className="sticky bottom-0 flex items-center justify-end gap-2 border-t bg-background/95 py-3 backdrop-blur">
            {dirty && <span className="mr-auto text-sm text-muted-foreground">Unsaved changes</span>}
            <Button
              variant="outline"
              disabled={!dirty || pending}
              onClick={() => apply({ current: saved, notices: [] })}
            >
              Discard
            </Button>
            <Button disabled={!dirty || pending} onClick={save}>
              {pending && <Loader2 className="animate-spin" aria-hidden />} Save permissions
            </Button>
          </div>
        )}
      </div>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <PortalPreview values={values} clientAdminsManageUsers={dto.clientAdminsManageUsers} />
      </div>
    </div>
  );
}

function storedOf(dto: ClientPermissionsEditorDto): StoredPermissions {
  return Object.fromEntries(
    Object.entries(dto.permissions).map(([k, enabled]) => [k, { enabled, overridden: Boolean(dto.overridden[k]) }]),
  ) as StoredPermissions;
}
