// Development stand-in: it checks the ID number is well-formed (GB 11643 check digit, real date,
// known province) and the name is 1–50 characters. It cannot know whether the name belongs to the
// number, so it must never run in production.
import { checkIdNumber, idNumberProblemText } from '../../../domain/identity/idNumber';
import type { IdentityVerifier } from './verifier';

export function createDevIdentityVerifier(): IdentityVerifier {
  return {
    async verify(name, idNumber) {
      const trimmed = name.trim();
      if (trimmed.length < 1 || trimmed.length > 50) return { ok: false, reason: '姓名应为 1 至 50 个字' };
      const check = checkIdNumber(idNumber);
      if (!check.ok) return { ok: false, reason: idNumberProblemText(check.reason) };
      return { ok: true };
    },
  };
}
