"use client";

import { useEffect, useState } from "react";
import { ssoForEmailAction } from "@/app/actions/sso-discovery";
import { Button } from "@/components/ui/button";

/**
 * The login form's single sign-on step: once the typed email's domain belongs to a connection of
 * this host's tenant, offers "Continue with single sign-on" (the password stays available: owners'
 * break-glass, and tenants that do not enforce SSO).
 */
export function SsoOffer({ email }: { email: string }) {
  const [startUrl, setStartUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const trimmed = email.trim();
    const timer = setTimeout(
      async () => {
        const found = /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(trimmed) ? await ssoForEmailAction(trimmed) : null;
        if (current) setStartUrl(found?.ok ? (found.data?.startUrl ?? null) : null);
      },
      trimmed ? 300 : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [email]);
  if (!startUrl) return null;
  return (
    <Button asChild variant="secondary" className="w-full" data-testid="sso-continue">
      <a href={startUrl}>Continue with single sign-on</a>
    </Button>
  );
}
