"use client";

import { Trash2 } from "lucide-react";
import { deleteSsoConnectionAction } from "@/app/actions/sso-connections";
import { ConfirmButton } from "@/components/people/confirm-button";
import { Button } from "@/components/ui/button";
import { useRunAction } from "@/lib/actions/use-run-action";

/** Delete with a confirmation: linked identities go with it, the users keep their accounts. */
export function DeleteSsoConnectionButton({ id, name }: { id: string; name: string }) {
  const { pending, run } = useRunAction();
  return (
    <ConfirmButton
      trigger={
        <Button
          type="button"
          size="sm"
          variant="outline"
          className="text-destructive"
          disabled={pending}
          aria-label={`Delete ${name}`}
        >
          <Trash2 aria-hidden /> Delete
        </Button>
      }
      title={`Delete ${name}?`}
      description="Nobody can sign in through it any more and its linked identities are removed. The people keep their accounts; if it was single sign-on only, passwords work again."
      confirm="Delete connection"
      onConfirm={() => run(() => deleteSsoConnectionAction(id))}
    />
  );
}
