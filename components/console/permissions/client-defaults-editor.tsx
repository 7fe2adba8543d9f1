"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Loader2 } from "lucide-react";
import { updateClientDefaultsAction } from "@/app/actions/client-defaults";
import { Button } from "@/components/ui/button";
import { useRunAction } from "@/lib/actions/use-run-action";
import { isEmptySet, presetPermissions } from "@/lib/authz/catalogue";
import { describeAdjustment, setToggle } from "@/lib/authz/dependencies";
import { PERMISSION_KEYS, type PermissionSet } from "@/lib/authz/permission-keys";
import { ApplyDefaultsDialog } from "./apply-defaults-dialog";
import { DependencyNotices } from "./dependency-notices";
import { HandsOffWarning } from "./hands-off-warning";
import { PermissionSwitches } from "./permission-switches";
import { PortalPreview } from "./portal-preview";
import { PresetMenu } from "./preset-menu";
import { StalePrompt } from "./stale-prompt";

type Props = { permissions: PermissionSet; version: number; canEdit: boolean; differingClientCount: number | null };

/** The agency's defaults: what new clients copy. Remounted (keyed by version) after each save. */
export function ClientDefaultsEditor({ permissions, version, canEdit, differingClientCount }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(permissions);
  const [notices, setNotices] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const { pending, run } = useRunAction();
  const dirty = PERMISSION_KEYS.some((k) => values[k] !== permissions[k]);

  const save = () =>
    run(() => updateClientDefaultsAction({ permissions: values, version }), {
      success: ({ differingClientCount: n }) =>
        `Defaults saved. ${n} existing ${n === 1 ? "client differs" : "clients differ"} from the new defaults.`,
      onError: (failure) => {
        if (failure.code === "conflict") setStale(true);
      },
      errorToast: (failure) => failure.code !== "conflict",
      refresh: "never", // the page remounts this editor with the saved version
    });

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div className="grid content-start gap-4">
        {canEdit ? (
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-muted-foreground">
              New clients start with these toggles. Existing clients keep theirs until you apply the defaults to them.
            </p>
            <PresetMenu
              onPick={(p) => {
                setValues(presetPermissions(p));
                setNotices([]);
              }}
            />
          </div>
        ) : (
          <p
            data-testid="read-only-note"
            className="rounded-md border bg-muted/40 px-3 py-2 text-sm text-muted-foreground"
          >
            New clients start with these toggles. Only owners and admins can change them.
          </p>
        )}
        {canEdit && differingClientCount !== null && differingClientCount > 0 && !dirty && (
          <div
            data-testid="differing-clients"
            className="flex flex-wrap items-center justify-between gap-3 rounded-md border bg-muted/40 px-3 py-2 text-sm"
          >
            <p>
              {differingClientCount} existing {differingClientCount === 1 ? "client differs" : "clients differ"} from
              the agency defaults.
            </p>
            <ApplyDefaultsDialog />
          </div>
        )}
        {stale && (
          <StalePrompt
            what="the client defaults"
            onReload={() => {
              setStale(false);
              router.refresh();
            }}
          />
        )}
        <DependencyNotices notices={notices} />
        {isEmptySet(values) && <HandsOffWarning subject="users of new clients" />}
        <PermissionSwitches
          idPrefix="default"
          values={values}
          disabled={!canEdit || pending}
          onToggle={(key, on) => {
            const edit = setToggle(values, key, on);
            setValues(edit.set);
            setNotices(edit.adjusted.map(describeAdjustment));
          }}
        />
        {canEdit && (
          <div className="sticky bottom-0 flex items-center justify-end gap-2 border-t bg-background/95 py-3 backdrop-blur">
            {dirty && <span className="mr-auto text-sm text-muted-foreground">Unsaved changes</span>}
            <Button
              variant="outline"
              disabled={!dirty || pending}
              onClick={() => {
                setValues(permissions);
                setNotices([]);
              }}
            >
              Discard
            </Button>
            <Button disabled={!dirty || pending} onClick={save}>
              {pending && <Loader2 className="animate-spin" aria-hidden />} Save defaults
            </Button>
          </div>
        )}
      </div>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <PortalPreview values={values} clientAdminsManageUsers />
      </div>
    </div>
  );
}
