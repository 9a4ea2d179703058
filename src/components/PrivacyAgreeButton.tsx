import { Press } from './controls/Press';

// h5: no WeChat privacy event, the press is the answer. Weapp: PrivacyAgreeButton.weapp.tsx.
export function PrivacyAgreeButton({ onAgree }: { onAgree: () => void }) {
  return (
    <Press id='privacy-agree' className='btn btn-primary btn-block' onClick={onAgree}>
      同意并继续
    </Press>
  );
}
