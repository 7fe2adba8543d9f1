"use client";

import { useState } from "react";
import { Loader2, Trash2 } from "lucide-react";
import { deleteSsoConnectionAction } from "@/app/actions/sso-connections";
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
import { Button, buttonVariants } from "@/components/ui/button";
import { useRunAction } from "@/lib/actions/use-run-action";

/** Delete with a confirmation: linked identities go with it, the users keep their accounts. */
export function DeleteSsoConnectionButton({ id, name }: { id: string; name: string }) {
  const [open, setOpen] = useState(false);
  const { pending, run } = useRunAction();
  function confirm(event: React.MouseEvent) {
    event.preventDefault();
    run(() => deleteSsoConnectionAction(id), { onSuccess: () => setOpen(false) });
  }
  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button type="button" size="sm" variant="outline" className="text-destructive" aria-label={`Delete ${name}`}>
          <Trash2 aria-hidden /> Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete {name}?</AlertDialogTitle>
          <AlertDialogDescription>
            Nobody can sign in through it any more and its linked identities are removed. The people keep their
            accounts; if it was single sign-on only, passwords work again.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            className={buttonVariants({ variant: "destructive" })}
            onClick={confirm}
            disabled={pending}
          >
            {pending && <Loader2 className="animate-spin" aria-hidden />} Delete connection
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
