import Taro from '@tarojs/taro';
import { createJSONStorage } from 'zustand/middleware';

// Synchronous so a persisted store is filled before the first render: a half-filled form must
// reappear exactly as it was when the app was killed.
export const taroStorage = createJSONStorage(() => ({
  getItem: (key: string) => {
    const value = Taro.getStorageSync(key);
    return typeof value === 'string' && value !== '' ? value : null;
  },
  setItem: (key: string, value: string) => Taro.setStorageSync(key, value),
  removeItem: (key: string) => Taro.removeStorageSync(key),
}));
