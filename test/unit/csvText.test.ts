import { csvField, csvText, digitsAsText } from '../../cloud/handlers/common/csv';

/** The cell as a spreadsheet reads it from the file (RFC 4180 unquoting). */
const unquote = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);

describe('CSV for spreadsheets (Excel, WPS)', () => {
  it('a 19-digit account number is written ="…" so the spreadsheet keeps every digit as text', () => {
    const field = csvField(digitsAsText('6228480012345678901'));
    expect(field).toBe('"=""6228480012345678901"""');
    // What Excel/WPS evaluate: the formula ="6228480012345678901", a text value with all 19 digits.
    expect(unquote(field)).toBe('="6228480012345678901"');
  });

  it('only digits are written as a formula: anything else stays plain text, and formula starts are defused', () => {
    expect(csvField(digitsAsText('6228 4800'))).toBe('6228 4800');
    expect(csvField(digitsAsText('=HYPERLINK("x")'))).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('=1+1')).toBe("'=1+1");
  });

  it('rows: BOM, CRLF, mixed cells', () => {
    expect(
      csvText([
        ['收款账号', '金额'],
        [digitsAsText('6217000012345678901'), '100.00'],
      ]),
    ).toBe('\uFEFF收款账号,金额\r\n"=""6217000012345678901""",100.00\r\n');
  });
});
