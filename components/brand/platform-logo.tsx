import { PhoneCall } from "lucide-react";
import { PLATFORM_NAME } from "@/lib/branding/request-brand";

/** The platform's own mark: console host only, never inside a portal. */
export function PlatformLogo() {
  return (
    <span className="inline-flex items-center gap-2 font-semibold">
      <span className="inline-flex size-8 items-center justify-center rounded-md bg-primary text-primary-foreground">
        <PhoneCall className="size-4" aria-hidden />
      </span>
      {PLATFORM_NAME}
    </span>
  );
}
