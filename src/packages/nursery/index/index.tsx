import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Press } from '@/components/controls/Press';
import { rovingProps } from '@/components/a11y/useRovingGroup';
import type { NurseryListItem, NurserySearchInput, NurserySearchResult } from '@domain/nursery/types';
import { COUNTY_SEAT, townshipName } from '@domain/place/townships';
import { todayIn } from '@domain/dates';
import { validate, type FieldErrors } from '@domain/validation';
import { searchSchema } from '@domain/nursery/schema';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { useMe } from '@/hooks/useMe';
import { useSubmit } from '@/hooks/useSubmit';
import { ApiCallError } from '@/services/apiError';
import { accountService } from '@/services/account';
import { nurseryService } from '@/services/nursery';
import { ageInMonths } from '@domain/nursery/ageFit';
import { NurseryCard } from './NurseryCard';
import { NurseryMap, mapAvailable } from './NurseryMap';
import { canLocate, myLocation } from './myLocation';
import { SearchFilters, type Filters } from './SearchFilters';
import './index.scss';
import { pageUrl } from '@domain/routes';

const INITIAL: Filters = {
  township: COUNTY_SEAT,
  near: null,
  ageText: '',
  childId: '',
  puhuiOnly: false,
  withVacancy: false,
  careType: '',
};

function toQuery(f: Filters): NurserySearchInput {
  const query: NurserySearchInput = f.near ? { near: f.near } : { township: f.township };
  if (f.ageText !== '') query.ageMonths = Number(f.ageText);
  if (f.puhuiOnly) query.puhuiOnly = true;
  if (f.withVacancy) query.withVacancy = true;
  if (f.careType) query.careType = f.careType;
  return query;
}

export default function NurserySearchPage() {
  const { me } = useMe();
  const kids = useLoad(() => accountService.children(), [], { enabled: me?.verified === true });
  const today = todayIn(new Date());
  const children = (kids.data ?? []).map((c) => ({ ...c, months: ageInMonths(c.birthDate, today) })).filter((c) => c.months < 72);

  const [filters, setFilters] = useState<Filters>(INITIAL);
  const [locating, setLocating] = useState(false);
  const [view, setView] = useState<'list' | 'map'>('list');

  const query = toQuery(filters);
  // The server's own schema: a typed age it would refuse is pointed out here without asking it.
  const checked = validate(searchSchema, query);
  // Every change of the filters searches again (not each time the page shows: the list and the
  // pages loaded under it stay as they were when the person comes back from a nursery).
  const first = useLoad(() => nurseryService.search(query), [JSON.stringify(query)], { enabled: checked.ok, reloadOnShow: false });
  // The pages after the first (加载更多), as long as that first page is the one shown.
  const [after, setAfter] = useState<{ first: NurserySearchResult; items: NurseryListItem[]; last: NurserySearchResult } | null>(null);
  const { busy, run } = useSubmit();
  const more = after && after.first === first.data ? after : null;
  const items = first.data ? [...first.data.items, ...(more?.items ?? [])] : [];
  const result = more?.last ?? first.data;
  const loading = first.loading || busy;
  const errors: FieldErrors = first.error instanceof ApiCallError ? first.error.fields : {};

  const loadMore = (page1: NurserySearchResult) =>
    run(async () => {
      const page = await nurseryService.search({ ...query, offset: items.length });
      setAfter({ first: page1, items: [...(more?.items ?? []), ...page.items], last: page });
    });

  const change = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const open = useCallback((id: string) => void Taro.navigateTo({ url: pageUrl('/packages/nursery/detail/index', { id }) }), []);

  const locate = async () => {
    setLocating(true);
    try {
      const near = await myLocation();
      if (near) change({ near });
      else void Taro.showToast({ title: '未能获取位置，请选择乡镇', icon: 'none' });
    } finally {
      setLocating(false);
    }
  };

  const from = filters.near ? '我的位置' : townshipName(filters.township);
  return (
    <PageShell className='nursery-search' load={first.error ? first : []}>
      <SearchFilters
        filters={filters}
        onChange={change}
        family={children}
        locating={locating}
        onLocate={canLocate() ? locate : undefined}
        ageError={checked.ok ? errors.ageMonths : checked.fields.ageMonths}
      />

      <View className='row nursery-results-head'>
        <View className='section-title nursery-results-title'>离{from}由近到远</View>
        {mapAvailable ? (
          <View className='choice-row nursery-view-switch' role='radiogroup' aria-label='显示方式'>
            <Press
              look='chip'
              role='radio'
              checked={view === 'list'}
              className={`choice nursery-chip ${view === 'list' ? 'choice-on' : ''}`}
              onClick={() => setView('list')}
              {...rovingProps(0, 2, view === 'list' ? 0 : 1)}
            >
              列表
            </Press>
            <Press
              look='chip'
              role='radio'
              checked={view === 'map'}
              className={`choice nursery-chip ${view === 'map' ? 'choice-on' : ''}`}
              onClick={() => setView('map')}
              {...rovingProps(1, 2, view === 'list' ? 0 : 1)}
            >
              地图
            </Press>
          </View>
        ) : null}
      </View>

      {view === 'map' && result ? <NurseryMap origin={result.origin} items={items} onOpen={open} /> : null}

      {result && items.length === 0 && !loading ? (
        <EmptyState title='没有符合条件的托育机构'>可以放宽筛选条件，或换一个乡镇再找。</EmptyState>
      ) : null}
      {items.map((item) => (
        <NurseryCard key={item.id} item={item} onOpen={open} />
      ))}
      {result?.more && first.data ? (
        <Press className='btn btn-secondary btn-block' disabled={loading} onClick={() => first.data && loadMore(first.data)}>
          {loading ? '正在加载…' : '加载更多'}
        </Press>
      ) : null}
      {loading && items.length === 0 && !first.error ? <View className='muted nursery-loading'>正在查找…</View> : null}
      {result && !result.more && items.length > 0 ? <View className='muted nursery-end'>已显示全部 {items.length} 家</View> : null}
    </PageShell>
  );
}
