import { act, fireEvent, screen, waitFor } from '@testing-library/react';

// Taro's h5 components are web components that render their inner elements asynchronously.

export async function fillText(name: string, value: string) {
  const input = await waitFor(() => {
    const el = document.querySelector(`[data-field="${name}"] input`);
    if (!el) throw new Error(`no input for ${name}`);
    return el as HTMLInputElement;
  });
  await act(async () => {
    // fireEvent sets the value through the native setter, which React's own inputs need to see a change.
    fireEvent.input(input, { target: { value } });
  });
}

export async function selectOption(name: string, value: string) {
  const select = document.querySelector(`[data-field="${name}"] select`) as HTMLSelectElement | null;
  if (!select) throw new Error(`no select for ${name}`);
  await act(async () => {
    fireEvent.change(select, { target: { value } });
  });
}

export async function tapButton(text: string) {
  const button = await screen.findByText(text);
  await act(async () => {
    fireEvent.click(button);
  });
}
