import { describe, expect, it } from 'vitest';
import { runCommand } from '../support/run-command.js';

const KENT = 'data/kent/scenario-2025.json';

describe('send-placement report', () => {
  it('allocates the Year 7 round by default and another NC year with --nc-year', async () => {
    const base = ['report', '--schools', 'data/kent/schools.json', '--children', 'data/kent/children.json'];
    const y7 = await runCommand([...base, '--child-pages', '0', '--out', 'r.html']);
    expect(y7.code).toBe(0);
    expect(y7.written.get('r.html')).toContain('In the Year 7 transfer round, 214 children compete');
    const y8 = await runCommand([...base, '--child-pages', '0', '--nc-year', '8', '--out', 'r.html']);
    expect(y8.written.get('r.html')).toContain('In the Year 8 round, 160 children compete');
  });

  it('echoes the seed of --runs (1 unless told) and says what the band and the plan line are', async () => {
    const { code, err, written } = await runCommand(['report', '--scenario', KENT, '--runs', '20', '--out', 'r.html']);
    expect(code).toBe(0);
    expect(err).toContain('20 simulated runs, seed 1');
    expect(written.get('r.html')).toMatch(/The <strong>plan line<\/strong> is the central projection/);
  });

  it("titles a forecast with the series' name and its unit", async () => {
    const { code, written } = await runCommand([
      'report',
      '--series',
      'data/kent/nmiss-spend.csv',
      '--series-name',
      'Kent NMISS spend',
      '--horizon',
      '3',
      '--out',
      'f.html',
    ]);
    expect(code).toBe(0);
    const html = written.get('f.html') as string;
    expect(html).toContain('<h3>Kent NMISS spend</h3>');
    expect(html).toContain('<title>Kent NMISS spend</title>');
    expect(html).toContain('£ a year');
    expect(html).not.toContain('data/kent/nmiss-spend.csv</');
  });
});
