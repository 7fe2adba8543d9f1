import { generate } from "selfsigned";

/** An RSA key and its self-signed X.509 certificate, as an IdP publishes it in its metadata. */
export type SamlSigningKey = {
  privateKey: string;
  /** PEM, what an SP stores as the IdP's certificate. */
  certificate: string;
  /** The certificate's base64 body without PEM armour, as it appears in metadata and KeyInfo. */
  certificateBody: string;
};

/**
 * Makes a fresh 2048-bit RSA key and a self-signed SHA-256 certificate valid for a year. `selfsigned`
 * (5.x builds on @peculiar/x509 and WebCrypto rather than node-forge, whose RSA signature code has had
 * repeated advisories) because Node has no API that issues certificates.
 */
export async function generateSamlSigningKey(commonName = "Test IdP"): Promise<SamlSigningKey> {
  const pems = await generate([{ name: "commonName", value: commonName }], { keySize: 2048, algorithm: "sha256" });
  return {
    privateKey: pems.private,
    certificate: pems.cert,
    certificateBody: pems.cert.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, ""),
  };
}
