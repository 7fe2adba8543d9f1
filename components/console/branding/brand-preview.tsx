import type { CSSProperties } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";

/** The portal's sign-in card as clients will see it, in the colours being edited. */
export function BrandPreview({
  name,
  color,
  foreground,
  logoUrl,
}: {
  name: string;
  color: string;
  foreground: string;
  logoUrl: string | null;
}) {
  const style = { "--brand": color, "--brand-foreground": foreground } as CSSProperties;
  return (
    <div style={style} data-brand="preview" data-testid="brand-preview" className="rounded-xl border bg-muted/40 p-6">
      <div className="mb-4 flex items-center justify-center gap-2 font-semibold">
        {logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- a local preview (blob:) or our own stored file
          <img src={logoUrl} alt="" className="h-9 w-auto rounded-md object-contain" />
        ) : (
          <span className="inline-flex size-9 items-center justify-center rounded-md bg-primary text-primary-foreground">
            {(name || "?").slice(0, 1).toUpperCase()}
          </span>
        )}
        <span>{name || "Your agency"}</span>
      </div>
      <Card className="mx-auto max-w-xs gap-4 py-4">
        <CardHeader className="px-4">
          <CardTitle>Sign in to {name || "your agency"}</CardTitle>
          <CardDescription>Use the email your invitation was sent to.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3 px-4">
          <Input disabled placeholder="you@company.com" aria-label="Preview email" />
          <Button type="button" tabIndex={-1} className="w-full" data-testid="preview-button">
            Sign in
          </Button>
        </CardContent>
      </Card>
    </div>
  );
}
