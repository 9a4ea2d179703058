import { Text, View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import type { Page } from '@domain/api/contract';
import './Pager.scss';

interface PagerProps {
  page: number;
  /** The answer shown: its total and the server's page size give the number of pages. */
  result: Pick<Page<unknown>, 'total' | 'pageSize'>;
  onPage: (page: number) => void;
}

/** 上一页 · n / m · 下一页 under a paged staff list; nothing when there is one page. */
export function Pager({ page, result, onPage }: PagerProps) {
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  if (pages <= 1) return null;
  return (
    <View className='pager'>
      <Press className='btn btn-secondary' disabled={page <= 1} onClick={() => onPage(page - 1)}>
        上一页
      </Press>
      <Text>
        {page} / {pages}
      </Text>
      <Press className='btn btn-secondary' disabled={page >= pages} onClick={() => onPage(page + 1)}>
        下一页
      </Press>
    </View>
  );
}
