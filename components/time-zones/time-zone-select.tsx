import { NativeSelect } from "@/components/ui/native-select";
import { TIME_ZONES } from "@/lib/time-zones/time-zone-name";

/**
 * Every IANA zone this runtime knows, as the browser's own select (400-odd options: typing a
 * few letters jumps to a zone). `inheritLabel` adds a first option with the value "" — "use
 * the agency's zone".
 */
export function TimeZoneSelect({
  id,
  value,
  onChange,
  inheritLabel,
  disabled,
  ...aria
}: {
  id: string;
  value: string;
  onChange: (zone: string) => void;
  inheritLabel?: string;
  disabled?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}) {
  return (
    <NativeSelect
      id={id}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
      className="w-full max-w-xs"
      {...aria}
    >
      {inheritLabel !== undefined && <option value="">{inheritLabel}</option>}
      {TIME_ZONES.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replace(/_/g, " ")}
        </option>
      ))}
    </NativeSelect>
  );
}
