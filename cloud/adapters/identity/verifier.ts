export type IdentityResult = { ok: true } | { ok: false; reason: string };

/**
 * Answers whether `name` is the person holding `idNumber`.
 * kind 'direct' (default): `verify` answers at once (the dev check).
 * kind 'face': WeChat's face check in two steps through the WeChat client (startVerify /
 * confirmVerify in cloud/handlers/account/verifyIdentity.ts); `verify` always refuses.
 */
export interface IdentityVerifier {
  readonly kind?: 'direct' | 'face';
  verify(name: string, idNumber: string): Promise<IdentityResult>;
}
