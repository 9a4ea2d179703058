import { formatYuan, yuanDecimal } from '../../domain/money';

describe('formatYuan', () => {
  it.each([
    [0, '0元'],
    [5000, '50元'],
    [200000, '2,000元'],
    [1080000, '10,800元'],
    [150050, '1,500.50元'],
    [7, '0.07元'],
    [-5000, '-50元'],
  ])('%i fen → %s', (fen, text) => expect(formatYuan(fen)).toBe(text));

  it('refuses a fraction of a fen', () => expect(() => formatYuan(1.5)).toThrow(RangeError));
});

describe('yuanDecimal', () => {
  it.each([
    [0, '0.00'],
    [200000, '2000.00'],
    [150050, '1500.50'],
    [7, '0.07'],
  ])('%i fen → %s', (fen, text) => expect(yuanDecimal(fen)).toBe(text));
});
