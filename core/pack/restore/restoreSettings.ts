import { Settings } from '../schema';
import { isRecord, restoreObject } from './restoreObject';

/** The export settings, each falling back to its default on its own. */
export function restoreSettings(raw: unknown, repairs: string[]): Settings {
  if (raw !== undefined && !isRecord(raw)) repairs.push('The export settings could not be read; each is set to its default below.');
  const restored = restoreObject(
    Settings.shape,
    raw,
    {
      paper: { label: 'Paper size setting' },
      ibid: { label: '“Ibid.” setting' },
      bibliography: { label: 'Bibliography setting' },
      wordsPerMinute: { label: 'Speaking pace (words per minute)' },
    },
    repairs,
  );
  return restored!.value;
}
