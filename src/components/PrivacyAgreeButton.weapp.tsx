import { Button } from '@tarojs/components';

// WeChat records the consent through the button's open type; the event is the answer. h5: PrivacyAgreeButton.tsx.
export function PrivacyAgreeButton({ onAgree }: { onAgree: () => void }) {
  return (
    <Button
      id='privacy-agree'
      className='btn btn-primary btn-block'
      openType='agreePrivacyAuthorization'
      aria-label='同意并继续'
      onAgreePrivacyAuthorization={onAgree}
    >
      同意并继续
    </Button>
  );
}
