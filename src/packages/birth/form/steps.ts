import type { WizardStep } from '@/components/form/wizard';

export const STEPS: readonly WizardStep<'child' | 'parents' | 'household' | 'insurance' | 'services'>[] = [
  { key: 'child', title: '孩子', fields: ['child'] },
  { key: 'parents', title: '父母', fields: ['applicant', 'otherParent', 'registrationId'] },
  { key: 'household', title: '落户', fields: ['household', 'attachments'] },
  { key: 'insurance', title: '医保与社保卡', fields: ['insurance', 'card'] },
  { key: 'services', title: '办理事项与提交', fields: ['services'] },
];
