"use client";

import { useRef, useState } from "react";
import { Loader2 } from "lucide-react";
import { FormField } from "@/components/forms/form-field";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { TimeZoneSelect } from "@/components/time-zones/time-zone-select";
import { Input } from "@/components/ui/input";
import { updateBrandingAction } from "@/app/actions/branding";
import { useRunAction } from "@/lib/actions/use-run-action";
import { BrandingInput, FAVICON_MAX_BYTES, LOGO_MAX_BYTES } from "@/lib/branding/branding-input";
import { HEX_COLOUR, readableTextOn } from "@/lib/branding/contrast";
import type { BrandingDto } from "@/lib/dal/agencies/branding-dto";
import { BrandPreview } from "./brand-preview";
import { ImageUploadField } from "./image-upload-field";
import { useObjectUrl } from "./use-object-url";

type Fields = {
  name: string;
  slug: string;
  primaryColor: string;
  supportEmail: string;
  senderName: string;
  timeZone: string;
};
type Errors = Partial<Record<keyof Fields | "logo" | "favicon", string>>;

/** Branding settings with a live preview of the portal's sign-in card. */
export function BrandingForm({
  branding,
  portalRoot,
  protocol,
}: {
  branding: BrandingDto;
  portalRoot: string;
  protocol: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<Fields>({
    name: branding.name,
    slug: branding.slug,
    primaryColor: branding.primaryColor,
    supportEmail: branding.supportEmail,
    senderName: branding.senderName,
    timeZone: branding.timeZone,
  });
  const [logo, setLogo] = useState<File | null>(null);
  const [favicon, setFavicon] = useState<File | null>(null);
  const [removeLogo, setRemoveLogo] = useState(false);
  const [removeFavicon, setRemoveFavicon] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const { pending, run } = useRunAction();
  const set = (key: keyof Fields) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));
  const validColour = HEX_COLOUR.test(fields.primaryColor);
  const foreground = validColour ? readableTextOn(fields.primaryColor) : branding.primaryForeground;
  const logoBlob = useObjectUrl(logo);
  const faviconBlob = useObjectUrl(favicon);
  const logoPreview = logoBlob ?? (removeLogo ? null : branding.logoUrl);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = BrandingInput.safeParse({ ...fields, removeLogo, removeFavicon });
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as keyof Fields] ??= issue.message;
      setErrors(next);
      return;
    }
    if (errors.logo || errors.favicon) return;
    setErrors({});
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    form.set("removeLogo", String(removeLogo));
    form.set("removeFavicon", String(removeFavicon));
    if (logo) form.set("logo", logo);
    if (favicon) form.set("favicon", favicon);
    run(() => updateBrandingAction(form), {
      onError: ({ error }) =>
        setErrors({
          [/slug|address/i.test(error)
            ? "slug"
            : /logo/i.test(error)
              ? "logo"
              : /favicon/i.test(error)
                ? "favicon"
                : "name"]: error,
        }),
      onSuccess: () => {
        setLogo(null);
        setFavicon(null);
        setRemoveLogo(false);
        setRemoveFavicon(false);
        formRef.current?.reset();
      },
    });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <Card>
        <CardHeader>
          <CardTitle>Branding</CardTitle>
          <CardDescription>
            Your clients see only this brand: in their portal, its sign-in page, emails and invoices.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <form ref={formRef} onSubmit={submit} className="grid gap-5" noValidate data-testid="branding-form">
            <FormField id="name" label="Agency name" error={errors.name}>
              <Input id="name" value={fields.name} onChange={set("name")} maxLength={60} aria-invalid={!!errors.name} />
            </FormField>
            <FormField
              id="slug"
              label="Portal address"
              error={errors.slug}
              hint="Changing it moves every client's portal"
            >
              <div className="flex items-center gap-1 text-sm">
                <span className="text-muted-foreground">{`${protocol}//`}</span>
                <Input
                  id="slug"
                  value={fields.slug}
                  onChange={set("slug")}
                  className="max-w-48"
                  aria-invalid={!!errors.slug}
                />
                <span className="text-muted-foreground">.{portalRoot}</span>
              </div>
            </FormField>
            <FormField
              id="primaryColor"
              label="Primary colour"
              error={errors.primaryColor}
              hint={
                validColour
                  ? `Text on it: ${foreground === "#ffffff" ? "white" : "black"} (${foreground})`
                  : "Hex, e.g. #2563eb"
              }
            >
              <div className="flex items-center gap-2">
                <input
                  type="color"
                  aria-label="Pick the primary colour"
                  value={validColour ? fields.primaryColor : "#000000"}
                  onChange={(e) => setFields((f) => ({ ...f, primaryColor: e.target.value }))}
                  className="h-9 w-12 cursor-pointer rounded-md border bg-transparent p-1"
                />
                <Input
                  id="primaryColor"
                  value={fields.primaryColor}
                  onChange={set("primaryColor")}
                  className="max-w-36 font-mono"
                  aria-invalid={!!errors.primaryColor}
                />
                <span
                  data-testid="computed-text-colour"
                  className="rounded-md px-2 py-1 text-xs font-medium"
                  style={{ background: validColour ? fields.primaryColor : undefined, color: foreground }}
                >
                  Aa {foreground}
                </span>
              </div>
            </FormField>
            <ImageUploadField
              id="logo"
              label="Logo"
              accept="image/png,image/jpeg,image/webp"
              hint="PNG, JPEG or WebP, up to 512 KB"
              maxBytes={LOGO_MAX_BYTES}
              allowed={["image/png", "image/jpeg", "image/webp"]}
              current={branding.logoUrl}
              file={logo}
              preview={logoBlob}
              remove={removeLogo}
              onRemove={setRemoveLogo}
              error={errors.logo}
              onFile={(file, problem) => {
                setLogo(file);
                setErrors((e) => ({ ...e, logo: problem ?? undefined }));
              }}
            />
            <ImageUploadField
              id="favicon"
              label="Favicon"
              accept="image/png,image/x-icon,image/vnd.microsoft.icon,.ico"
              hint="PNG or ICO, up to 128 KB"
              maxBytes={FAVICON_MAX_BYTES}
              allowed={["image/png", "image/x-icon", "image/vnd.microsoft.icon"]}
              current={branding.faviconUrl}
              file={favicon}
              preview={faviconBlob}
              remove={removeFavicon}
              onRemove={setRemoveFavicon}
              error={errors.favicon}
              onFile={(file, problem) => {
                setFavicon(file);
                setErrors((e) => ({ ...e, favicon: problem ?? undefined }));
              }}
            />
            <div className="grid gap-5 sm:grid-cols-2">
              <FormField
                id="supportEmail"
                label="Support email"
                error={errors.supportEmail}
                hint="Shown to clients who need help"
              >
                <Input
                  id="supportEmail"
                  type="email"
                  value={fields.supportEmail}
                  onChange={set("supportEmail")}
                  aria-invalid={!!errors.supportEmail}
                />
              </FormField>
              <FormField
                id="senderName"
                label="Email sender name"
                error={errors.senderName}
                hint="The From name of invitations"
              >
                <Input
                  id="senderName"
                  value={fields.senderName}
                  onChange={set("senderName")}
                  maxLength={60}
                  aria-invalid={!!errors.senderName}
                />
              </FormField>
            </div>
            <FormField
              id="timeZone"
              label="Time zone"
              error={errors.timeZone}
              hint="Clients read times and days in it, unless a client has its own"
            >
              <TimeZoneSelect
                id="timeZone"
                value={fields.timeZone}
                onChange={(timeZone) => setFields((f) => ({ ...f, timeZone }))}
                aria-invalid={!!errors.timeZone}
              />
            </FormField>
            <div>
              <Button type="submit" disabled={pending}>
                {pending && <Loader2 className="animate-spin" aria-hidden />}
                Save branding
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>
      <div className="space-y-2">
        <h2 className="text-sm font-medium text-muted-foreground">Preview</h2>
        <BrandPreview
          name={fields.name}
          color={validColour ? fields.primaryColor : branding.primaryColor}
          foreground={foreground}
          logoUrl={logoPreview}
        />
        <p className="text-xs text-muted-foreground">
          Portal:{" "}
          <a className="underline-offset-4 hover:underline" href={branding.portalUrl}>
            {branding.portalUrl}
          </a>
        </p>
      </div>
    </div>
  );
}
