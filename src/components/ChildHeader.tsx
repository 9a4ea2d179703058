// The child a staff page is about: found in a county-wide search, or open to record for.
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { ChildSummary } from '@domain/children/types';

/** 出生日期, and the masked 公民身份号码 once the child has one: what tells two children of one name apart. */
export function ChildBirthLine({ child }: { child: ChildSummary }) {
  return (
    <View className='muted'>
      出生日期 {child.birthDate}
      {child.idNumberMasked ? ` · ${child.idNumberMasked}` : ''}
    </View>
  );
}

interface Props {
  child: ChildSummary;
  /** What to do on this page, said under the child. */
  hint: string;
  children?: ReactNode;
}

/** The card at the top of a page that records for one child. */
export function ChildHeader({ child, hint, children }: Props) {
  return (
    <View className='card'>
      <View className='card-title'>{child.name}</View>
      <ChildBirthLine child={child} />
      <View className='muted'>{hint}</View>
      {children}
    </View>
  );
}
