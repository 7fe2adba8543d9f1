import type { PortalAgency } from "@/lib/dal/agencies/get-portal-agency";

/** The agency's uploaded logo, or its initial on its brand colour. */
export function AgencyLogo({ agency, size = 36 }: { agency: Pick<PortalAgency, "name" | "logoUrl">; size?: number }) {
  return (
    <span className="inline-flex items-center gap-2 font-semibold">
      {agency.logoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our own authorised route
        <img
          src={agency.logoUrl}
          alt=""
          width={size}
          height={size}
          className="rounded-md object-contain"
          style={{ height: size, width: "auto" }}
        />
      ) : (
        <span
          aria-hidden
          className="inline-flex items-center justify-center rounded-md bg-primary text-primary-foreground"
          style={{ width: size, height: size }}
        >
          {agency.name.slice(0, 1).toUpperCase()}
        </span>
      )}
      <span data-testid="agency-name">{agency.name}</span>
    </span>
  );
}
