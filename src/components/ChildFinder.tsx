// Finding a child county-wide, for the staff who record for one (the clinic's doses, 妇幼保健's health
// checks, the police's 户口迁出): name and birth date, or the child's ID number; each match opens that child.
import { View, Text } from '@tarojs/components';
import type { ChildSummary } from '@domain/children/types';
import { Press } from '@/components/controls/Press';
import { EmptyState } from '@/components/EmptyState';
import { ChildBirthLine } from '@/components/ChildHeader';
import { PersonSearchCard, usePersonSearch, type PersonQuery } from '@/components/PersonSearch';

interface FoundProps {
  /** null until the first search. */
  found: readonly ChildSummary[] | null;
  /** What opening a match shows, e.g. '接种记录'. */
  opens: string;
  onOpen: (child: ChildSummary) => void;
  /** Said when nothing matched. */
  hint?: string;
}

/** What a search found: one card a child, or what to check when nothing matched. */
export function FoundChildren({ found, opens, onOpen, hint = '请核对姓名和出生日期。' }: FoundProps) {
  return (
    <>
      {found && found.length === 0 ? <EmptyState title='没有找到'>{hint}</EmptyState> : null}
      {(found ?? []).map((c) => (
        <Press look='block' key={c.id} className='card' data-found-child={c.id} onClick={() => onOpen(c)}>
          <View className='row'>
            <Text className='card-title'>{c.name}</Text>
            <Text className='link'>{opens} ›</Text>
          </View>
          <ChildBirthLine child={c} />
        </Press>
      ))}
    </>
  );
}

interface ChildFinderProps {
  find: (query: PersonQuery) => Promise<ChildSummary[]>;
  /** What opening a match shows, e.g. '接种记录'. */
  opens: string;
  onOpen: (childId: string) => void;
  title?: string;
  /** Said under the title, after how to search. */
  note?: string;
}

export function ChildFinder({ find, opens, onOpen, title, note }: ChildFinderProps) {
  const { form, found } = usePersonSearch(find);

  return (
    <>
      <PersonSearchCard
        form={form}
        title={title}
        intro={`按姓名和出生日期查找，或输入孩子的公民身份号码。${note ?? ''}`}
        nameLabel='孩子姓名'
      />
      <FoundChildren found={found} opens={opens} onOpen={(c) => onOpen(c.id)} />
    </>
  );
}
