import Taro from '@tarojs/taro';
import { ChildrenPage } from '@/components/ChildCards';
import { pageUrl } from '@domain/routes';

export default function VaccineChildrenPage() {
  return (
    <ChildrenPage
      emptyText='办理“出生一件事”或在生育登记中填写已有子女后，这里会显示每个孩子的接种计划。'
      linkText='接种计划'
      onOpen={(childId) => Taro.navigateTo({ url: pageUrl('/packages/vaccine/calendar/index', { childId }) })}
    />
  );
}
