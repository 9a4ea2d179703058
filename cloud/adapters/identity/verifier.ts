export type IdentityResult = { ok: true } | { ok: false; reason: string };

/** Answers whether `name` is the person holding `idNumber`. */
export interface IdentityVerifier {
  verify(name: string, idNumber: string): Promise<IdentityResult>;
}
