// WeChat's 手机号快速验证: the button gives a one-time code, the server exchanges it
// (phonenumber.getPhoneNumber) and keeps the number encrypted; forms asking for the parent's phone
// are then prefilled with it (still editable).
// https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/getPhoneNumber.html
import { Button } from '@tarojs/components';
import { accountService } from '@/services/account';
import { useSubmit } from '@/hooks/useSubmit';

export function WechatPhoneButton({ onPhone }: { onPhone: (phone: string) => void }) {
  const { busy, run } = useSubmit();
  return (
    <Button
      className='btn btn-secondary btn-block'
      openType='getPhoneNumber'
      disabled={busy}
      onGetPhoneNumber={async (e) => {
        const code = (e.detail as { code?: string }).code;
        if (!code) return; // the person declined: nothing to do
        await run(async () => {
          onPhone((await accountService.bindPhone(code)).phone);
        });
      }}
    >
      使用微信绑定的手机号
    </Button>
  );
}
