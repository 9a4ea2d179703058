import Taro from '@tarojs/taro';
import { ChildrenPage } from '@/components/ChildCards';
import { pageUrl } from '@domain/routes';

export default function ChildHealthChildrenPage() {
  return (
    <ChildrenPage
      emptyText='办理“出生一件事”或在生育登记中填写已有子女后，这里会显示每个孩子的健康检查和生长曲线。'
      linkText='健康检查'
      onOpen={(childId) => Taro.navigateTo({ url: pageUrl('/packages/child-health/child/index', { childId }) })}
    />
  );
}
