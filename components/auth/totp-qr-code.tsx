/** The enrolment QR code (an SVG data URL drawn on our server) and the key to type when it cannot be scanned. */
export function TotpQrCode({ qrDataUrl, secret }: { qrDataUrl: string; secret: string }) {
  return (
    <>
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URL drawn on our server */}
      <img
        src={qrDataUrl}
        alt="QR code to add this account to an authenticator app"
        width={184}
        height={184}
        className="mx-auto rounded-md border bg-white p-2"
      />
      <p className="text-sm text-muted-foreground">
        Can’t scan it? Enter this key:{" "}
        <code data-testid="totp-secret" className="break-all rounded bg-muted px-1 font-mono text-foreground">
          {secret}
        </code>
      </p>
    </>
  );
}
