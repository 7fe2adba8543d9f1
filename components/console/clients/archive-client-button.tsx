"use client";

import { useState } from "react";
import { Archive, Loader2 } from "lucide-react";
import { archiveClientAction } from "@/app/actions/clients";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { useRunAction } from "@/lib/actions/use-run-action";

/** Archive with a confirmation that says what it does; then back to the list. */
export function ArchiveClientButton({
  clientId,
  clientName,
  compact = false,
}: {
  clientId: string;
  clientName: string;
  compact?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const { pending, run } = useRunAction();
  const archive = () =>
    run(() => archiveClientAction(clientId), {
      success: (client) => `${client.name} archived`,
      onSuccess: () => setOpen(false),
      navigate: "/agency/clients",
    });
  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button
          variant={compact ? "ghost" : "outline"}
          size={compact ? "sm" : "default"}
          aria-label={`Archive ${clientName}`}
        >
          <Archive aria-hidden /> Archive
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Archive {clientName}?</AlertDialogTitle>
          <AlertDialogDescription>
            The client leaves your lists and its users can no longer sign in to the portal. Its calls and audit trail
            are kept.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <Button variant="destructive" onClick={archive} disabled={pending}>
            {pending && <Loader2 className="animate-spin" aria-hidden />} Archive client
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
