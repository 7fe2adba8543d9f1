import type { Metadata } from "next";
import type { CSSProperties, ReactNode } from "react";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { headers } from "next/headers";
import { ThemeProvider } from "@/components/theme-provider";
import { Toaster } from "@/components/ui/sonner";
import { readableTone } from "@/lib/branding/contrast";
import { getRequestBrand, isConsoleHost, PLATFORM_NAME } from "@/lib/branding/request-brand";
import "./globals.css";

// On a portal host everything — title, favicon, colours — is the agency's; the platform's
// name appears only on the console host.
export async function generateMetadata(): Promise<Metadata> {
  const brand = await getRequestBrand();
  if (!brand) {
    // An unknown host learns nothing, not even whose platform this is.
    if (!(await isConsoleHost())) return { title: { absolute: "Not found" }, icons: { icon: "data:," } };
    return { title: { default: PLATFORM_NAME, template: `%s · ${PLATFORM_NAME}` }, icons: { icon: "/favicon.svg" } };
  }
  return {
    title: { default: brand.name, template: `%s · ${brand.name}` },
    icons: brand.faviconUrl ? { icon: brand.faviconUrl } : { icon: "data:," },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const brand = await getRequestBrand();
  // This render's CSP nonce (proxy.ts): next-themes' inline script needs it to run.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // Set on <body> so dialogs and menus, which render into body, carry the brand too.
  // The brand as text (links, labels) is toned per theme so any colour an agency picks reads at AA
  // on that theme's page and card backgrounds (neutral-100 light, neutral-900 dark).
  const style = brand
    ? ({
        "--brand": brand.primaryColor,
        "--brand-foreground": brand.primaryForeground,
        "--brand-text": readableTone(brand.primaryColor, "#f5f5f5"),
        "--brand-text-dark": readableTone(brand.primaryColor, "#171717"),
      } as CSSProperties)
    : undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <body
        className={`${GeistSans.variable} ${GeistMono.variable} min-h-dvh`}
        style={style}
        data-brand={brand ? brand.slug : undefined}
      >
        <ThemeProvider nonce={nonce}>
          {children}
          <Toaster richColors closeButton />
        </ThemeProvider>
      </body>
    </html>
  );
}
