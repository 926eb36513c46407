import { Cover, Marking, MOST_RESTRICTIVE_MARKING } from '../schema';
import { isRecord, restoreObject } from './restoreObject';

export const UNTITLED = 'Untitled pack';

/**
 * The cover, field by field. An unreadable (or missing) marking is never lowered to a default:
 * it becomes the most restrictive marking and the user is asked to confirm it.
 */
export function restoreCover(raw: unknown, repairs: string[]): { cover: Cover; confirmMarking: boolean } {
  if (!isRecord(raw)) repairs.push(raw === undefined ? 'The cover was missing; its fields are filled in below.' : 'The cover could not be read; its fields are filled in below.');
  const given = isRecord(raw) ? { ...raw, marking: readableMarking(raw.marking, repairs) } : {};
  const restored = restoreObject(
    Cover.shape,
    given,
    {
      title: { label: 'Cover title', fallback: UNTITLED },
      subtitle: { label: 'Cover subtitle' },
      author: { label: 'Cover office or author' },
      date: { label: 'Cover date' },
      recipient: { label: 'Cover recipient' },
      marking: {
        label: 'Cover marking',
        fallback: MOST_RESTRICTIVE_MARKING,
        missingIsUnreadable: true,
        then: 'the most restrictive marking, until you confirm or change it',
      },
      draft: { label: 'Cover draft watermark' },
    },
    repairs,
  );
  // Every cover field has a fallback, so the record always restores.
  return { cover: restored!.value, confirmMarking: restored!.fellBack.has('marking') };
}

/** "official sensitive" is a marking written loosely, not an unreadable one: read it, and say so. */
function readableMarking(value: unknown, repairs: string[]): unknown {
  if (typeof value !== 'string' || Marking.safeParse(value).success) return value;
  const loose = Marking.safeParse(value.trim().toUpperCase().replace(/[\s_]+/g, '-'));
  if (!loose.success) return value;
  repairs.push(`Cover marking “${value}” was read as ${loose.data}.`);
  return loose.data;
}
