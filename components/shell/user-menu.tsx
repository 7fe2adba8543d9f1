import { Button } from "@/components/ui/button";
import { SignOutEverywhereItem } from "./sign-out-everywhere-item";
import { SignOutItem } from "./sign-out-item";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export function UserMenu({ name, email, role }: { name: string; email: string; role: string }) {
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
        <SignOutItem />
        <SignOutEverywhereItem />
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
