// A staff search over a long list (生育登记, the audit log): filters, then the answer a page at a time.
import { useState, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { Page } from '@domain/api/contract';
import type { FieldErrors } from '@domain/validation';
import { EmptyState } from '@/components/EmptyState';
import { Pager } from '@/components/Pager';
import { Press } from '@/components/controls/Press';
import { DateField } from '@/components/form/DateField';
import type { BoundField } from '@/components/form/bindFields';
import { useSubmit } from '@/hooks/useSubmit';
import './pagedSearch.scss';

type Filled<F> = { [K in keyof F]?: Exclude<F[K], ''> };

/** The filters filled in, as a query: text trimmed, the empty ones left out (an empty filter means all). */
export function filledIn<F extends Record<string, string>>(filters: F): Filled<F> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) if (value.trim()) query[key] = value.trim();
  return query as Filled<F>;
}

/** The page shown, its answer and the field errors of the last search; `search` sends the filters given, or the form's. */
export function usePagedSearch<F, T>(form: F, find: (filters: F, page: number) => Promise<Page<T>>) {
  const [result, setResult] = useState<Page<T> | null>(null);
  const [page, setPage] = useState(1);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useSubmit({ onFieldErrors: setErrors });

  const search = (pageNo = 1, filters = form) =>
    run(async () => {
      setErrors({});
      setResult(await find(filters, pageNo));
      setPage(pageNo);
    });
  return { result, page, errors, busy, search };
}

interface PeriodProps {
  from: BoundField;
  to: BoundField;
  /** What the period dates, e.g. 登记日期从. */
  fromLabel: string;
  busy: boolean;
  onSearch: () => void;
}

/** The last of the filters, the period (from … to), and 查询 under them. */
export function PeriodAndSearch({ from, to, fromLabel, busy, onSearch }: PeriodProps) {
  return (
    <>
      <View className='search-dates'>
        <DateField {...from} label={fromLabel} />
        <DateField {...to} label='至' />
      </View>
      <Press className='btn btn-primary btn-block' disabled={busy || undefined} onClick={onSearch}>
        查询
      </Press>
    </>
  );
}

interface ListProps<T> {
  search: { result: Page<T> | null; page: number; search: (page: number) => unknown };
  /** Said when nothing matched. */
  empty: string;
  children: (item: T) => ReactNode;
}

/** 共 n 条, the page's items (or that nothing matched), and the pager under them. */
export function PagedList<T>({ search: { result, page, search }, empty, children }: ListProps<T>) {
  if (!result) return null;
  return (
    <>
      <View className='section-title'>共 {result.total} 条</View>
      {result.items.length === 0 ? <EmptyState title={empty} /> : null}
      {result.items.map(children)}
      <Pager page={page} result={result} onPage={(p) => void search(p)} />
    </>
  );
}
