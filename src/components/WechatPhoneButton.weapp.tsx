// WeChat's 手机号快速验证: the button gives a one-time code, the server exchanges it
// (phonenumber.getPhoneNumber) and keeps the number encrypted; forms asking for the parent's phone
// are then prefilled with it (still editable).
// https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/getPhoneNumber.html
import { useState } from 'react';
import { Button } from '@tarojs/components';
import { showError } from '@/components/feedback';
import { accountService } from '@/services/account';

export function WechatPhoneButton({ onPhone }: { onPhone: (phone: string) => void }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      className='btn btn-secondary btn-block'
      openType='getPhoneNumber'
      disabled={busy}
      onGetPhoneNumber={async (e) => {
        const code = (e.detail as { code?: string }).code;
        if (!code) return; // the person declined: nothing to do
        setBusy(true);
        try {
          onPhone((await accountService.bindPhone(code)).phone);
        } catch (error) {
          showError(error);
        } finally {
          setBusy(false);
        }
      }}
    >
      使用微信绑定的手机号
    </Button>
  );
}
