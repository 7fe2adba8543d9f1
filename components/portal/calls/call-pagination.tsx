import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Previous / Next by keyset cursor; the filters ride along in the URL. */
export function CallPagination({ prevHref, nextHref }: { prevHref: string | null; nextHref: string | null }) {
  if (!prevHref && !nextHref) return null;
  return (
    <nav aria-label="Pages" className="flex items-center justify-end gap-2">
      <PageLink href={prevHref} label="Previous">
        <ChevronLeft aria-hidden /> Previous
      </PageLink>
      <PageLink href={nextHref} label="Next page">
        Next page <ChevronRight aria-hidden />
      </PageLink>
    </nav>
  );
}

function PageLink({ href, label, children }: { href: string | null; label: string; children: React.ReactNode }) {
  if (!href)
    return (
      <Button variant="outline" size="sm" disabled aria-label={label}>
        {children}
      </Button>
    );
  return (
    <Button variant="outline" size="sm" asChild>
      <Link href={href} aria-label={label}>
        {children}
      </Link>
    </Button>
  );
}
