"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * One image upload: the stored image, a local preview of a newly chosen file, and "remove".
 * Size and type are checked here for a quick answer; the server checks the bytes again.
 */
export function ImageUploadField({
  id,
  label,
  accept,
  hint,
  maxBytes,
  allowed,
  current,
  file,
  preview,
  onFile,
  remove,
  onRemove,
  error,
}: {
  id: string;
  label: string;
  accept: string;
  hint: string;
  maxBytes: number;
  allowed: string[];
  current: string | null;
  file: File | null;
  /** A blob: URL of `file`, owned by the form. */
  preview: string | null;
  onFile: (file: File | null, problem: string | null) => void;
  remove: boolean;
  onRemove: (remove: boolean) => void;
  error?: string;
}) {
  const shown = preview ?? (remove ? null : current);
  return (
    <div className="grid gap-2">
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        <span className="text-xs text-muted-foreground">{hint}</span>
      </div>
      <div className="flex items-center gap-3">
        <div className="flex size-14 shrink-0 items-center justify-center overflow-hidden rounded-md border bg-muted/40">
          {shown ? (
            // eslint-disable-next-line @next/next/no-img-element -- local preview or our own stored file
            <img src={shown} alt={`${label} preview`} className="max-h-full max-w-full object-contain" />
          ) : (
            <span className="text-xs text-muted-foreground">None</span>
          )}
        </div>
        <Input
          id={id}
          type="file"
          accept={accept}
          aria-invalid={!!error}
          onChange={(e) => {
            const chosen = e.target.files?.[0] ?? null;
            if (!chosen) return onFile(null, null);
            if (chosen.size > maxBytes) return onFile(null, `${label} is too large: at most ${maxBytes / 1024} KB.`);
            if (!allowed.includes(chosen.type)) return onFile(null, `${label} must be one of: ${hint}.`);
            onFile(chosen, null);
          }}
        />
      </div>
      {current && !file && (
        <Label className="font-normal text-muted-foreground">
          <Checkbox checked={remove} onCheckedChange={(v) => onRemove(v === true)} /> Remove the current{" "}
          {label.toLowerCase()}
        </Label>
      )}
      {error && (
        <p data-testid={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
