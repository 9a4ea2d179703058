import type { WizardStep } from '@/components/form/wizard';

export const STEPS: readonly WizardStep<'applicant' | 'spouse' | 'family' | 'birth' | 'review'>[] = [
  { key: 'applicant', title: '申请人', fields: ['applicant'] },
  { key: 'spouse', title: '配偶', fields: ['spouse'] },
  { key: 'family', title: '婚育情况', fields: ['marriageDate', 'existingChildren'] },
  { key: 'birth', title: '本次生育', fields: ['stage', 'dueDate', 'birthDate', 'township'] },
  { key: 'review', title: '核对提交', fields: [] },
];
