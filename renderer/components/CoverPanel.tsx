import type { JSX } from 'react';
import { Marking, type Cover } from '../../core/pack/schema';
import { usePack } from '../state/packStore';

const TEXT_FIELDS: [keyof Cover, string][] = [
  ['title', 'Title'],
  ['subtitle', 'Subtitle'],
  ['author', 'Office / author'],
  ['date', 'Date'],
  ['recipient', 'Recipient'],
];

/** The cover page fields and the security marking that every exported page carries. */
export function CoverPanel(): JSX.Element | null {
  const cover = usePack((s) => s.file?.pack.cover);
  const setCover = usePack((s) => s.setCover);
  if (!cover) return null;
  return (
    <details className="bp-cover" open>
      <summary>Cover</summary>
      <div className="bp-cover-grid">
        {TEXT_FIELDS.map(([key, label]) => (
          <label key={key}>
            {label}
            <input value={String(cover[key])} onChange={(e) => setCover({ [key]: e.target.value })} />
          </label>
        ))}
        <label>
          Marking
          <select value={cover.marking} onChange={(e) => setCover({ marking: Marking.parse(e.target.value) })}>
            {Marking.options.map((m) => (
              <option key={m} value={m}>{m === 'NONE' ? 'No marking' : m}</option>
            ))}
          </select>
        </label>
        <label className="bp-check">
          <input type="checkbox" checked={cover.draft} onChange={(e) => setCover({ draft: e.target.checked })} />
          Draft (watermark)
        </label>
      </div>
    </details>
  );
}
