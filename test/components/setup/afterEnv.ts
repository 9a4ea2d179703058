import { cleanup } from '@testing-library/react';
import { resetTaroMock } from './taroMock';

afterEach(() => {
  cleanup();
  resetTaroMock();
});
