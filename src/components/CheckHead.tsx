import { View, Text } from '@tarojs/components';
import { StatusTag, type StatusTone } from './StatusTag';

interface Props {
  title: string;
  titleClass: string;
  status: { text: string; tone: StatusTone };
  /** When the check is due, as its calendar states it. */
  due: { windowText: string; dueFrom: string; dueBy: string; estimated?: boolean };
  /** Said after the dates when they are estimated. */
  estimatedNote: string;
}

/** The head of one check in a schedule (a child's or a pregnancy's): its title and status, then when it is due. */
export function CheckHead({ title, titleClass, status, due, estimatedNote }: Props) {
  return (
    <>
      <View className='row'>
        <Text className={titleClass}>{title}</Text>
        <StatusTag text={status.text} tone={status.tone} />
      </View>
      <View className='muted'>
        {due.windowText}：{due.dueFrom} 至 {due.dueBy}
        {due.estimated ? estimatedNote : ''}
      </View>
    </>
  );
}
