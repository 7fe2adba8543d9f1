import type { ReactNode } from "react";
import { Menu } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { ThemeToggle } from "@/components/theme-toggle";

/**
 * Sidebar + top bar used by both the console and the portal. On a phone the sidebar becomes
 * a sheet behind a menu button.
 */
export function AppShell({
  logo,
  nav,
  userMenu,
  banner,
  children,
}: {
  logo: ReactNode;
  nav: ReactNode;
  userMenu: ReactNode;
  banner?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-dvh flex-col">
      {/* First stop of the keyboard: past the logo, navigation and menus straight to the page (WCAG 2.4.1). */}
      <a
        href="#main-content"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:shadow-md focus:ring-2 focus:ring-ring"
      >
        Skip to content
      </a>
      {banner}
      <div className="flex flex-1">
        <aside className="hidden w-60 shrink-0 flex-col gap-4 border-r bg-muted/30 p-4 md:flex">
          <div className="px-2">{logo}</div>
          <nav aria-label="Main" className="grid gap-1">
            {nav}
          </nav>
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="flex h-14 items-center gap-2 border-b px-4">
            <Sheet>
              <SheetTrigger asChild>
                <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open navigation">
                  <Menu />
                </Button>
              </SheetTrigger>
              <SheetContent side="left" className="w-64 p-4">
                <SheetTitle className="sr-only">Navigation</SheetTitle>
                <div className="mb-4 px-2">{logo}</div>
                <nav aria-label="Main" className="grid gap-1">
                  {nav}
                </nav>
              </SheetContent>
            </Sheet>
            <div className="md:hidden">{logo}</div>
            <div className="ml-auto flex items-center gap-2">
              <ThemeToggle />
              {userMenu}
            </div>
          </header>
          <main
            id="main-content"
            tabIndex={-1}
            className="mx-auto w-full max-w-6xl min-w-0 flex-1 p-4 outline-none md:p-6"
          >
            {children}
          </main>
        </div>
      </div>
    </div>
  );
}
