"use client";

import { Loader2 } from "lucide-react";
import { useState } from "react";
import { signUpAction } from "@/app/actions/accounts";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FormMessage } from "./form-message";
import { PasswordFields } from "./password-fields";
import { useAccountForm } from "./use-account-form";

const slugify = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);

/** New agency + its owner. The portal address follows the name until edited by hand. */
export function SignUpForm({ portalRoot }: { portalRoot: string }) {
  const { state, onSubmit, busy } = useAccountForm(signUpAction);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const shownSlug = slugEdited ? slug : slugify(name);
  return (
    <form onSubmit={onSubmit} className="grid gap-4">
      <FormMessage error={state.error} notice={state.notice} />
      <div className="grid gap-2">
        <Label htmlFor="agencyName">Agency name</Label>
        <Input
          id="agencyName"
          name="agencyName"
          required
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
        />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="slug">Portal address</Label>
        <Input
          id="slug"
          name="slug"
          required
          maxLength={40}
          value={shownSlug}
          onChange={(e) => {
            setSlug(e.target.value);
            setSlugEdited(true);
          }}
          aria-describedby="slug-hint"
        />
        <p id="slug-hint" className="text-xs text-muted-foreground">
          Your clients&apos; portal:{" "}
          <span className="font-mono">
            {shownSlug || "your-agency"}.{portalRoot}
          </span>
        </p>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="name">Your name</Label>
        <Input id="name" name="name" autoComplete="name" required maxLength={120} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="email">Work email</Label>
        <Input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <PasswordFields />
      <Button type="submit" disabled={busy} className="w-full">
        {busy && <Loader2 className="animate-spin" aria-hidden />}
        Create agency
      </Button>
    </form>
  );
}
