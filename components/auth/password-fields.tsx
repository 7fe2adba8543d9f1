import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** New password + confirmation, with the policy spelled out where it is typed. */
export function PasswordFields({ label = "Password" }: { label?: string }) {
  return (
    <>
      <div className="grid gap-2">
        <Label htmlFor="password">{label}</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          maxLength={128}
          required
          aria-describedby="password-hint"
        />
        <p id="password-hint" className="text-xs text-muted-foreground">
          12 to 128 characters. Common passwords are refused.
        </p>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="confirm">Confirm password</Label>
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
      </div>
    </>
  );
}
