"use client";

import { Trash2 } from "lucide-react";
import { revokeApiKeyAction } from "@/app/actions/api-keys";
import { ConfirmButton } from "@/components/people/confirm-button";
import { Button } from "@/components/ui/button";
import { useRunAction } from "@/lib/actions/use-run-action";

/** Revoke with a confirmation: the key is refused from its next request on. */
export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const { pending, run } = useRunAction();
  return (
    <ConfirmButton
      trigger={
        <Button
          type="button"
          variant="outline"
          size="sm"
          className="text-destructive"
          disabled={pending}
          aria-label={`Revoke ${name}`}
        >
          <Trash2 aria-hidden /> Revoke
        </Button>
      }
      title={`Revoke ${name}?`}
      description="Programs using this key are refused from their next request. This cannot be undone."
      confirm="Revoke key"
      onConfirm={() => run(() => revokeApiKeyAction(id), { success: `Revoked ${name}.` })}
    />
  );
}
