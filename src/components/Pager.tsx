import { Button, Text, View } from '@tarojs/components';
import './Pager.scss';

interface PagerProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** 上一页 · n / m · 下一页 under a paged staff list; nothing when there is one page. */
export function Pager({ page, pages, onPage }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <View className='pager'>
      <Button className='btn btn-secondary' disabled={page <= 1} onClick={() => onPage(page - 1)}>
        上一页
      </Button>
      <Text>
        {page} / {pages}
      </Text>
      <Button className='btn btn-secondary' disabled={page >= pages} onClick={() => onPage(page + 1)}>
        下一页
      </Button>
    </View>
  );
}
