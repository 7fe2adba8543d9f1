import type { Metadata } from "next";
import Link from "next/link";
import { getRequestBrand } from "@/lib/branding/request-brand";

// The 404's own title (under the host's template): a hidden page's 404 must not keep that page's.
export const metadata: Metadata = { title: "Page not found" };

// Neutral on purpose: an unknown portal host must not learn the platform's name either.
export default async function NotFound() {
  const brand = await getRequestBrand();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="max-w-sm text-muted-foreground">
        {brand
          ? `This page does not exist in the ${brand.name} portal, or you do not have access to it.`
          : "This page does not exist."}
      </p>
      <Link className="text-sm font-medium text-primary-text underline-offset-4 hover:underline" href="/">
        Go to the start page
      </Link>
    </main>
  );
}
