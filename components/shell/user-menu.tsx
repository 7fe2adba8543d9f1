import { UserCog } from "lucide-react";
import { Button } from "@/components/ui/button";
import { SignOutEverywhereItem } from "./sign-out-everywhere-item";
import { SignOutItem } from "./sign-out-item";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export function UserMenu({
  name,
  email,
  role,
  accountHref,
}: {
  name: string;
  email: string;
  role: string;
  /** The person's own account page (second factors). */
  accountHref?: string;
}) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" data-testid="user-menu">
          <span className="max-w-40 truncate">{name || email}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56">
        <DropdownMenuLabel className="grid">
          <span className="truncate">{email}</span>
          <span className="text-xs font-normal capitalize text-muted-foreground">{role}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {accountHref && (
          <DropdownMenuItem asChild>
            <a href={accountHref}>
              <UserCog aria-hidden /> Your account
            </a>
          </DropdownMenuItem>
        )}
        <SignOutItem />
        <SignOutEverywhereItem />
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
