// Outside WeChat there is no getPhoneNumber button: the phone is typed into the form.
export function WechatPhoneButton(_props: { onPhone: (phone: string) => void }) {
  return null;
}
