import { useCallback, useId } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { useDialogFocus } from '@/components/a11y/useDialogFocus';
import { PRIVACY_SUMMARY } from '@/content/privacyNotice';
import { usePrivacyPrompt } from '@/stores/privacyPrompt';
import { PrivacyAgreeButton } from './PrivacyAgreeButton';
import './PrivacySheet.scss';
import { pageUrl } from '@domain/routes';

/** The consent sheet: a modal dialog (focus kept inside on h5; Escape means 暂不同意). */
export function PrivacySheet() {
  const open = usePrivacyPrompt((s) => s.open);
  const answer = usePrivacyPrompt((s) => s.answer);
  const base = `privacy${useId().replace(/:/g, '')}`;
  const decline = useCallback(() => answer(false), [answer]);
  useDialogFocus(open, base, decline);
  if (!open) return null;
  return (
    <View className='privacy-mask'>
      <View
        className='privacy-sheet'
        id={base}
        role='dialog'
        aria-modal='true'
        aria-labelledby={`${base}-title`}
        aria-describedby={`${base}-text`}
      >
        <View className='card-title' id={`${base}-title`} role='heading' aria-level={2}>
          个人信息保护提示
        </View>
        <Text className='privacy-text' id={`${base}-text`}>
          {PRIVACY_SUMMARY}
        </Text>
        <Press
          look='block'
          role='link'
          className='link privacy-more'
          onClick={() => Taro.navigateTo({ url: pageUrl('/packages/account/privacy/index') })}
        >
          查看《个人信息保护说明》全文
        </Press>
        <PrivacyAgreeButton onAgree={() => answer(true)} />
        <Press className='btn btn-secondary btn-block' onClick={decline}>
          暂不同意
        </Press>
      </View>
    </View>
  );
}
