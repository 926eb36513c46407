import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BriefpackError } from '../../core/api/contract';
import { Template } from '../../core/pack/template';
import { describeJsonError } from '../../core/pack/printableMessage';

/** Reads every template in templates/, validating each; a bad template is an error naming its file. */
export async function loadTemplates(dir: string): Promise<Template[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      let raw: unknown;
      const text = await readFile(path, 'utf8');
      try {
        raw = JSON.parse(text);
      } catch (e) {
        throw new BriefpackError('invalid', `${path}: not valid JSON (${describeJsonError(e, text)}).`);
      }
      const parsed = Template.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new BriefpackError('invalid', `${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid template'}`);
      }
      if (`${parsed.data.name}.json` !== name) throw new BriefpackError('invalid', `${path}: name "${parsed.data.name}" does not match the file name.`);
      return parsed.data;
    }),
  );
}
