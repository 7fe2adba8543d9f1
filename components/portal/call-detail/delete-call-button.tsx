"use client";

import { useState } from "react";
import { Loader2, Trash2 } from "lucide-react";
import { deleteCallAction } from "@/app/actions/calls";
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

/** Delete with a confirmation; on success a toast and back to the list (navigated here, not redirected by the action). */
export function DeleteCallButton({ callId }: { callId: string }) {
  const [open, setOpen] = useState(false);
  const { pending, run } = useRunAction();

  function confirm(event: React.MouseEvent) {
    event.preventDefault();
    run(() => deleteCallAction(callId), { onSuccess: () => setOpen(false), navigate: "/calls" });
  }

  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" className="text-destructive" data-testid="delete-call">
          <Trash2 aria-hidden /> Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete this call?</AlertDialogTitle>
          <AlertDialogDescription>
            The call record, its transcript and summary are removed for everyone in your team. This cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            className={buttonVariants({ variant: "destructive" })}
            onClick={confirm}
            disabled={pending}
          >
            {pending && <Loader2 className="animate-spin" aria-hidden />} Delete call
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
