import type { ChildPapersInput, InsurancePolicyInput, SubsidyApplyInput } from '@domain/subsidy/types';

/** What the apply page holds while the parent fills it in. */
export interface ApplyForm {
  /** 'previous' only when an account was used before. */
  use: 'previous' | 'new';
  kind: 'bank_card' | 'social_security_card';
  holder: 'applicant' | 'child';
  bankName: string;
  accountNumber: string;
  papers: ChildPapersInput;
  /** The accident-insurance policy bought; sent only when the parent typed any of it. */
  insurance: InsurancePolicyInput;
}

export const EMPTY_POLICY: InsurancePolicyInput = { insurer: '', policyNumber: '', from: '', to: '' };

export function policyTyped(p: InsurancePolicyInput): boolean {
  return Object.values(p).some((v) => v.trim() !== '');
}

export function emptyApplyForm(hasPrevious: boolean): ApplyForm {
  return {
    use: hasPrevious ? 'previous' : 'new',
    kind: 'bank_card',
    holder: 'applicant',
    bankName: '',
    accountNumber: '',
    papers: { idNumber: '', birthCertificateNumber: '', hukouTownship: '' as ChildPapersInput['hukouTownship'], hukouBookFileId: '' },
    insurance: EMPTY_POLICY,
  };
}

/** Card numbers are read in groups of four, as printed on the card: '6228 4801 2345 6789 012'. */
export function groupDigits(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** What is sent: the account the parent chose, and the papers only when they are asked for. */
export function toApplyInput(childId: string, form: ApplyForm, papersNeeded: boolean): SubsidyApplyInput {
  const account: SubsidyApplyInput['account'] =
    form.use === 'previous'
      ? { kind: 'previous' }
      : { kind: form.kind, holder: form.holder, bankName: form.bankName, accountNumber: form.accountNumber.replace(/\s/g, '') };
  const input: SubsidyApplyInput = { childId, account };
  if (policyTyped(form.insurance)) input.insurance = { ...form.insurance, insurer: form.insurance.insurer.trim() };
  if (papersNeeded)
    input.papers = {
      ...form.papers,
      idNumber: form.papers.idNumber.trim(),
      birthCertificateNumber: form.papers.birthCertificateNumber.trim(),
    };
  return input;
}
