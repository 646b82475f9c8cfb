import { describe, expect, it } from 'vitest';
import { fixture } from '../support/memory-io.js';
import { runCommand } from '../support/run-command.js';

const SCHOOLS = fixture('schools.csv');

describe('send-placement allocate (and every command reading children or schools)', () => {
  it('--skip-invalid runs on the valid rows and lists each rejected one with file, line and reason', async () => {
    const { code, out, err } = await runCommand(
      ['allocate', '--schools', SCHOOLS, '--children', fixture('bad-children.csv'), '--skip-invalid'],
      {},
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).assignments.map((a: { childId: string }) => a.childId)).toEqual(['C0001']);
    expect(err).toContain('warning: test/cli/fixtures/bad-children.csv line 3, primaryNeed: unknown need code');
    expect(err).toContain(
      'warning: test/cli/fixtures/bad-children.csv line 4, ncYear: must be an NC year: 8, Y8, Year 8, R (Reception), ' +
        'N2 or -1 (nursery) (skipped)',
    );
    expect(err).toContain('test/cli/fixtures/bad-children.csv: 3 read, 1 used, 2 skipped');
    expect(err).not.toMatch(/XYZ|eight|female|51\.3/); // the rejected rows' data stays out
  });

  it('--skip-invalid with no valid row left is still bad input', async () => {
    const files = { 'none.csv': 'id,primaryNeed,ncYear,home.lat,home.lon\nC1,XYZ,7,51.3,1.1\n' };
    const { code, err } = await runCommand(
      ['allocate', '--schools', SCHOOLS, '--children', 'none.csv', '--skip-invalid'],
      { files },
    );
    expect(code).toBe(2);
    expect(err).toContain('error: none.csv line 2, primaryNeed: unknown need code');
    expect(err).toContain('error: none.csv: no valid children left after skipping');
  });

  it('--skip-invalid on a JSON file lists each rejected item at its real line', async () => {
    const files = {
      'kids.json':
        '[\n  {"id": "C1", "primaryNeed": "ASD", "ncYear": 7, "home": {"lat": 51.28, "lon": 1.08}},\n' +
        '  {"id": "C2", "primaryNeed": "ASD", "ncYear": 70, "home": {"lat": 51.3, "lon": 1.1}}\n]',
    };
    const { code, err } = await runCommand(
      ['allocate', '--schools', SCHOOLS, '--children', 'kids.json', '--skip-invalid'],
      { files },
    );
    expect(code).toBe(0);
    expect(err).toMatch(/^warning: kids\.json line 3, \[1\]\.ncYear: NC year must be at most \d+ \(skipped\)$/m);
  });

  it('gives one error for a children file without its home.lon column, not one a row', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `C${i},ASD,7,51.3`).join('\n');
    const { code, err } = await runCommand(['allocate', '--schools', SCHOOLS, '--children', 'kids.csv'], {
      files: { 'kids.csv': `id,primaryNeed,ncYear,home.lat\n${rows}\n` },
    });
    expect(code).toBe(2);
    expect(err).toBe(
      'error: kids.csv line 1, home.lon: the header has no home.lon column, which every child needs\n' +
        'kids.csv: 1 problem; nothing was run.\n',
    );
  });

  it('names an Excel workbook and says to save it as CSV UTF-8', async () => {
    const { code, err } = await runCommand(
      ['allocate', '--schools', 'schools.xlsx', '--children', fixture('children.csv')],
      {
        files: { 'schools.xlsx': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]) },
      },
    );
    expect(code).toBe(2);
    expect(err).toMatch(/^error: schools\.xlsx: is an Excel workbook, not a CSV file: .*CSV UTF-8/m);
    expect(err).not.toContain('holds no schools');
  });
});

describe('send-placement allocate: every child in the CSV', () => {
  it('gives an unplaced child a row, in file order, with empty school cells and why', async () => {
    const { code, out, err } = await runCommand([
      'allocate',
      '--schools',
      SCHOOLS,
      '--children',
      fixture('children.csv'),
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(
      'child,URN,school,lot,score,road km,cost a year £,off the framework because,unplaced because',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['C0001', 'C0002', 'C0003', 'C0004', 'C0005']);
    expect(lines[5]).toBe("C0005,,,,,,,,no school passes the child's filters");
    expect(err).toContain('4 of 5 children placed');
  });
});
