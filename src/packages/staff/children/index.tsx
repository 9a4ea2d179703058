import Taro from '@tarojs/taro';
import { ChildFinder } from '@/components/ChildFinder';
import { PageShell } from '@/components/PageShell';
import { clinicService } from '@/services/vaccine';
import { pageUrl } from '@domain/routes';

export default function ChildSearchPage() {
  return (
    <PageShell>
      <ChildFinder
        find={(query) => clinicService.findChildren(query)}
        opens='接种记录'
        onOpen={(childId) => Taro.navigateTo({ url: pageUrl('/packages/staff/child-vaccines/index', { childId }) })}
      />
    </PageShell>
  );
}
