import "server-only";
import QRCode from "qrcode";

/**
 * The enrolment QR code as an SVG drawn on our server: the secret never goes to an image service,
 * and the page needs no script to show it.
 */
export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
