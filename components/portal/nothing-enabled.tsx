import { Sparkles } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

/** What a user sees when the agency has switched on no section for their company yet. */
export function NothingEnabled({ agencyName, supportEmail }: { agencyName: string; supportEmail: string | null }) {
  return (
    <div data-testid="nothing-enabled" className="py-16">
      <EmptyState
        icon={Sparkles}
        title="Nothing enabled yet"
        description={`Your portal is set up, but ${agencyName} has not switched on any section for you yet. Contact ${agencyName}${supportEmail ? ` at ${supportEmail}` : ""} to get access.`}
      />
    </div>
  );
}
