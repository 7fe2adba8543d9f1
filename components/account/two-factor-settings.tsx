"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { startRegistration } from "@simplewebauthn/browser";
import { KeyRound, ShieldCheck, Smartphone } from "lucide-react";
import { toast } from "sonner";
import {
  finishPasskeyRegistrationAction,
  regenerateRecoveryCodesAction,
  removeMfaFactorAction,
  startPasskeyRegistrationAction,
  startTotpEnrolmentAction,
} from "@/app/actions/account-mfa";
import type { MyMfaDto } from "@/lib/dal/mfa/get-my-mfa";
import { RecoveryCodesList } from "@/components/auth/recovery-codes-list";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PasswordStepDialog } from "./password-step-dialog";
import { TotpSetupDialog, type TotpSetup } from "./totp-setup-dialog";

type Step =
  | { kind: "password"; purpose: "totp" | "passkey" | "codes" }
  | { kind: "password"; purpose: "remove"; factorId: string; name: string }
  | { kind: "totp"; setup: TotpSetup }
  | { kind: "codes"; codes: string[] };

/** The person's own two-step sign-in: authenticator app, passkeys and recovery codes. */
export function TwoFactorSettings({ mfa }: { mfa: MyMfaDto }) {
  const router = useRouter();
  const [step, setStep] = useState<Step | null>(null);
  const close = () => setStep(null);
  const finished = (codes: string[] | null, message: string) => {
    toast.success(message);
    router.refresh();
    setStep(codes ? { kind: "codes", codes } : null);
  };

  if (!mfa.hasPassword) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>Two-step sign-in</CardTitle>
          <CardDescription>
            You sign in with single sign-on; your identity provider asks for your second factor.
          </CardDescription>
        </CardHeader>
      </Card>
    );
  }
  const on = mfa.totp || mfa.passkeys.length > 0;
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          Two-step sign-in
          <Badge variant={on ? "default" : "secondary"} data-testid="mfa-status">
            {on ? "On" : "Off"}
          </Badge>
        </CardTitle>
        <CardDescription>
          After your password, sign-in asks for a code from an authenticator app or a passkey.
          {mfa.required && " Your organisation requires it."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <section className="flex flex-wrap items-center justify-between gap-3" aria-labelledby="totp-heading">
          <div className="flex items-start gap-3">
            <Smartphone className="mt-0.5 size-5 text-muted-foreground" aria-hidden />
            <div>
              <h2 id="totp-heading" className="font-medium">
                Authenticator app
              </h2>
              <p className="text-sm text-muted-foreground">{mfa.totp ? "Set up." : "Not set up."}</p>
            </div>
          </div>
          <div className="flex gap-2">
            <Button variant="outline" onClick={() => setStep({ kind: "password", purpose: "totp" })}>
              {mfa.totp ? "Replace" : "Set up"}
            </Button>
            {mfa.totpFactorId && (
              <Button
                variant="ghost"
                onClick={() =>
                  setStep({
                    kind: "password",
                    purpose: "remove",
                    factorId: mfa.totpFactorId!,
                    name: "the authenticator app",
                  })
                }
              >
                Remove
              </Button>
            )}
          </div>
        </section>

        <section className="grid gap-3" aria-labelledby="passkeys-heading">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div className="flex items-start gap-3">
              <KeyRound className="mt-0.5 size-5 text-muted-foreground" aria-hidden />
              <div>
                <h2 id="passkeys-heading" className="font-medium">
                  Passkeys
                </h2>
                <p className="text-sm text-muted-foreground">
                  {mfa.passkeys.length === 0 ? "None yet." : `${mfa.passkeys.length} registered.`}
                </p>
              </div>
            </div>
            <Button variant="outline" onClick={() => setStep({ kind: "password", purpose: "passkey" })}>
              Add a passkey
            </Button>
          </div>
          {mfa.passkeys.length > 0 && (
            <ul className="grid gap-2" data-testid="passkey-list">
              {mfa.passkeys.map((p) => (
                <li
                  key={p.id}
                  className="flex flex-wrap items-center justify-between gap-2 rounded-md border px-3 py-2 text-sm"
                >
                  <span>
                    <span className="font-medium">{p.label}</span>
                    <span className="text-muted-foreground">
                      {" "}
                      · added {new Date(p.createdAt).toLocaleDateString()}
                      {p.lastUsedAt ? ` · last used ${new Date(p.lastUsedAt).toLocaleDateString()}` : ""}
                    </span>
                  </span>
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() =>
                      setStep({ kind: "password", purpose: "remove", factorId: p.id, name: `the passkey “${p.label}”` })
                    }
                  >
                    Remove<span className="sr-only"> {p.label}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>

        {on && (
          <section className="flex flex-wrap items-center justify-between gap-3" aria-labelledby="codes-heading">
            <div className="flex items-start gap-3">
              <ShieldCheck className="mt-0.5 size-5 text-muted-foreground" aria-hidden />
              <div>
                <h2 id="codes-heading" className="font-medium">
                  Recovery codes
                </h2>
                <p className="text-sm text-muted-foreground" data-testid="recovery-codes-left">
                  {mfa.recoveryCodesLeft} of 10 left.
                </p>
              </div>
            </div>
            <Button variant="outline" onClick={() => setStep({ kind: "password", purpose: "codes" })}>
              New codes
            </Button>
          </section>
        )}
      </CardContent>

      {step?.kind === "password" && step.purpose === "totp" && (
        <PasswordStepDialog
          title={mfa.totp ? "Replace the authenticator app" : "Set up an authenticator app"}
          description="Confirm it's you first."
          confirmLabel="Continue"
          onClose={close}
          onConfirm={async (password) => {
            const result = await startTotpEnrolmentAction(password);
            if (!result.ok) return result.error;
            setStep({ kind: "totp", setup: result.data });
          }}
        />
      )}
      {step?.kind === "password" && step.purpose === "passkey" && (
        <PasswordStepDialog
          title="Add a passkey"
          description="Confirm it's you, then follow your browser's prompt."
          confirmLabel="Continue"
          extra={
            <div className="grid gap-2">
              <Label htmlFor="passkey-label">Name</Label>
              <Input id="passkey-label" name="label" placeholder="Work laptop" maxLength={80} />
            </div>
          }
          onClose={close}
          onConfirm={async (password, form) => {
            const started = await startPasskeyRegistrationAction(password);
            if (!started.ok) return started.error;
            let response: unknown;
            try {
              response = await startRegistration(started.data.options);
            } catch {
              return "The browser did not create a passkey. Try again.";
            }
            const saved = await finishPasskeyRegistrationAction(
              started.data.ticket,
              response,
              String(form.get("label") ?? ""),
            );
            if (!saved.ok) return saved.error;
            finished(saved.data.recoveryCodes, "Passkey added.");
          }}
        />
      )}
      {step?.kind === "password" && step.purpose === "codes" && (
        <PasswordStepDialog
          title="New recovery codes"
          description="Your old codes stop working."
          confirmLabel="Make new codes"
          onClose={close}
          onConfirm={async (password) => {
            const result = await regenerateRecoveryCodesAction(password);
            if (!result.ok) return result.error;
            finished(result.data.recoveryCodes, "New recovery codes made.");
          }}
        />
      )}
      {step?.kind === "password" && step.purpose === "remove" && (
        <PasswordStepDialog
          title={`Remove ${step.name}?`}
          description="It will no longer sign you in."
          confirmLabel="Remove"
          onClose={close}
          onConfirm={async (password) => {
            const result = await removeMfaFactorAction(step.factorId, password);
            if (!result.ok) return result.error;
            finished(null, "Removed.");
          }}
        />
      )}
      {step?.kind === "totp" && (
        <TotpSetupDialog
          setup={step.setup}
          onClose={close}
          onDone={(codes) => finished(codes, "Authenticator app added.")}
        />
      )}
      {step?.kind === "codes" && (
        <Dialog open onOpenChange={(open) => !open && close()}>
          <DialogContent>
            <DialogHeader>
              <DialogTitle>Your recovery codes</DialogTitle>
              <DialogDescription>Each works once, in place of your app or passkey.</DialogDescription>
            </DialogHeader>
            <RecoveryCodesList codes={step.codes} />
            <DialogFooter>
              <Button onClick={close}>Done</Button>
            </DialogFooter>
          </DialogContent>
        </Dialog>
      )}
    </Card>
  );
}
