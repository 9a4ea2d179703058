import { useState } from 'react';
import { View } from '@tarojs/components';
import type { BirthApplicationInput, BundleStepKey } from '@domain/birth/types';
import { BUNDLE_STEPS, closeExclusions } from '@domain/birth/bundleGraph';
import type { FieldErrors } from '@domain/validation';
import { CheckListField } from '@/components/form/CheckListField';

interface Props {
  input: BirthApplicationInput;
  errors: FieldErrors;
  onChange: (patch: Partial<BirthApplicationInput>) => void;
}

const OPTIONS = BUNDLE_STEPS.map((s) => ({ value: s.key, label: s.title, detail: s.department }));

/** All five by default; leaving one out also leaves out what needs its result, and says why. */
export function ServicesFields({ input, errors, onChange }: Props) {
  const [notes, setNotes] = useState<ReturnType<typeof closeExclusions>['alsoExcluded']>([]);
  const pick = (picked: string[]) => {
    const closed = closeExclusions(picked as BundleStepKey[]);
    setNotes(closed.alsoExcluded);
    onChange({ services: closed.services });
  };
  return (
    <View>
      <CheckListField
        name='services'
        label='一并办理的事项'
        required
        value={input.services}
        options={OPTIONS}
        onChange={pick}
        error={errors.services}
        hint='默认全部办理；已经单独办过的可以取消'
      />
      {notes.map((x) => (
        <View key={x.step} className='field-hint services-note'>
          {x.because}
        </View>
      ))}
    </View>
  );
}
