import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** A chart with the figure behind it: the title, the total in large type, what it counts. */
export function ChartCard({
  title,
  total,
  description,
  children,
  testId,
  className,
}: {
  title: string;
  className?: string;
  total: ReactNode;
  description: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card data-testid={testId} className={className}>
      <CardHeader>
        <CardDescription>{title}</CardDescription>
        <CardTitle className="text-2xl tabular-nums" data-testid="chart-total">
          {total}
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}
