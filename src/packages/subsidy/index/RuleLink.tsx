import Taro from '@tarojs/taro';
import { pageUrl } from '@domain/routes';
import { Press } from '@/components/controls/Press';

/** 政策依据 ›: opens the rule a subsidy line is paid under. */
export function RuleLink({ ruleId, className = 'link' }: { ruleId: string; className?: string }) {
  return (
    <Press
      look='inline'
      className={className}
      onClick={() => Taro.navigateTo({ url: pageUrl('/packages/subsidy/rule/index', { id: ruleId }) })}
    >
      政策依据 ›
    </Press>
  );
}
