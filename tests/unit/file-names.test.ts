import { describe, expect, it } from 'vitest';
import { checkUpload, fileNameAndType } from '@/lib/documents/files';

describe('stored file names', () => {
  it('keep the extension of a long name while shortening it to 200 characters', () => {
    const named = fileNameAndType(`${'a'.repeat(996)}.pdf`);
    expect(named).toEqual({ fileName: `${'a'.repeat(196)}.pdf`, contentType: 'application/pdf' });
  });

  it('shorten by whole characters and keep the extension as written', () => {
    const named = fileNameAndType(`${'😀'.repeat(300)}.PDF`)!;
    expect(Array.from(named.fileName)).toHaveLength(200);
    expect(named.fileName.endsWith('😀.PDF')).toBe(true);
    expect(named.contentType).toBe('application/pdf');
  });

  it('replace path separators and control characters, and leave short names alone', () => {
    expect(fileNameAndType('..\\../etc/pass\u0000wd.txt')?.fileName).toBe('.._.._etc_pass_wd.txt');
    expect(fileNameAndType('Report 2024.xlsx')).toEqual({ fileName: 'Report 2024.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  });

  it('refuse names without an allowed extension', () => {
    expect(fileNameAndType('run.exe')).toBeNull();
    expect(fileNameAndType('README')).toBeNull();
    expect(fileNameAndType(`${'a'.repeat(1000)}.pdf.exe`)).toBeNull();
  });
});

describe('checkUpload', () => {
  it('refuses files over 10 MB with its message, accepts 10 MB exactly', async () => {
    const tenMb = 10 * 1024 * 1024;
    expect(await checkUpload(new File([new Uint8Array(tenMb + 1)], 'big.pdf'))).toEqual({ ok: false, error: 'Files can be at most 10 MB.' });
    expect(await checkUpload(new File([new Uint8Array(tenMb)], 'max.pdf'))).toMatchObject({ ok: true, fileName: 'max.pdf' });
  });

  it('accepts a 1,000-character name with an allowed extension', async () => {
    const checked = await checkUpload(new File(['%PDF-1.4'], `${'n'.repeat(996)}.pdf`));
    expect(checked).toMatchObject({ ok: true, contentType: 'application/pdf', fileName: `${'n'.repeat(196)}.pdf` });
  });
});
