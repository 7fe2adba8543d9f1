import * as React from "react";

import { cn } from "@/lib/utils";

type PageHeaderProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** Page title, rendered as the page's <h1>. */
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Buttons/links aligned to the end on wide screens, below the title on narrow ones. */
  actions?: React.ReactNode;
};

function PageHeader({ title, description, actions, className, children, ...props }: PageHeaderProps) {
  return (
    <div
      data-slot="page-header"
      className={cn("flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between", className)}
      {...props}
    >
      <div className="flex min-w-0 flex-col gap-1">
        <h1 data-slot="page-header-title" className="text-2xl font-semibold tracking-tight break-words">
          {title}
        </h1>
        {description && (
          <p data-slot="page-header-description" className="text-sm text-muted-foreground">
            {description}
          </p>
        )}
        {children}
      </div>
      {actions && (
        <div data-slot="page-header-actions" className="flex shrink-0 flex-wrap items-center gap-2">
          {actions}
        </div>
      )}
    </div>
  );
}

export { PageHeader, type PageHeaderProps };
