import type { ReactNode } from "react";
import Link from "next/link";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** One figure of the overview, optionally opening the section it comes from. */
export function StatCard({
  label,
  value,
  hint,
  href,
  testId,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  href?: string;
  testId?: string;
}) {
  const card = (
    <Card className="h-full gap-2 transition-colors hover:bg-accent/40" data-testid={testId}>
      <CardHeader>
        <CardDescription>{label}</CardDescription>
        <CardTitle className="text-2xl tabular-nums">{value}</CardTitle>
        {hint && <CardDescription className="text-xs">{hint}</CardDescription>}
      </CardHeader>
    </Card>
  );
  if (!href) return card;
  return (
    <Link href={href} className="rounded-xl focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
      {card}
    </Link>
  );
}
