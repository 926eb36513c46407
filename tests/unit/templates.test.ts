import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../electron/host/templates';
import { packFromTemplate } from '../../core/pack/template';
import { restorePack } from '../../core/pack/restorePack';

const DIR = resolve(import.meta.dirname, '..', '..', 'templates');

describe('templates/', () => {
  it('holds the four documented templates, each valid', async () => {
    const templates = await loadTemplates(DIR);
    expect(templates.map((t) => t.name)).toEqual(['briefing-note', 'issue-brief', 'meeting-pack', 'talking-points']);
    for (const t of templates) {
      const file = packFromTemplate(t, '2 December 2026');
      expect(restorePack(file)).toEqual({ ok: true, file, repairs: [], confirmMarking: false });
      expect(file.pack.cover.date).toBe('2 December 2026');
      expect(file.pack.body.some((b) => b.type === 'paragraph' && b.guidance)).toBe(true);
    }
  });

  it('names a template file that does not parse', async () => {
    await expect(loadTemplates(join(DIR, '..', 'tests', 'unit', '__fixtures__', 'bad-templates'))).rejects.toThrow(/broken\.json/);
  });
});
