import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { bindFields } from '@/components/form/bindFields';
import { TextField } from '@/components/form/TextField';

interface Form {
  name: string;
  sex: 'M' | 'F';
  weight: number;
}

describe('bindFields', () => {
  it('names a field by its prefixed path and hands it that path’s error', () => {
    const field = bindFields<Form>({ name: '小明', sex: 'M', weight: 3 }, () => {}, { 'child.sex': '请选择性别' }, 'child.');
    expect(field('sex')).toMatchObject({ name: 'child.sex', value: 'M', error: '请选择性别' });
    expect(field('name').error).toBeUndefined();
    // @ts-expect-error a number is not typed into a text field as it is
    field('weight');
  });

  it('shows an optional field not yet filled as empty', () => {
    const field = bindFields<{ postAddress?: string }>({}, () => {}, {}, 'card.');
    expect(field('postAddress')).toMatchObject({ name: 'card.postAddress', value: '' });
  });

  it('patches only the field that changed', () => {
    const patches: Partial<Form>[] = [];
    const field = bindFields<Form>({ name: '', sex: 'F', weight: 3 }, (p) => patches.push(p), {});
    field('name').onChange('小红');
    expect(patches).toEqual([{ name: '小红' }]);
  });

  it('drives a real field: typing updates the form', () => {
    function Page() {
      const [form, setForm] = useState<Form>({ name: '', sex: 'F', weight: 3 });
      const field = bindFields(form, (p) => setForm({ ...form, ...p }), {});
      return (
        <>
          <TextField {...field('name')} label='孩子姓名' />
          <output>{form.name}</output>
        </>
      );
    }
    render(<Page />);
    fireEvent.change(screen.getByRole('textbox', { name: '孩子姓名' }), { target: { value: '小红' } });
    expect(screen.getByRole('status').textContent).toBe('小红');
  });
});
