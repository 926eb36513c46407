import { useState, type JSX } from 'react';
import type { CslItem } from '../../../core/citations/csl';
import { CSL_TYPES, FIELD_LABELS, fieldsFor, type MetadataField } from '../../../core/citations/cslTypeFields';
import { formValues, type MetadataValues } from '../../../core/citations/metadataForm';

const MULTILINE = new Set<MetadataField>(['author', 'editor']);

/**
 * Authors, title, publisher, date and type, with the fields Chicago needs for the chosen type.
 * A field the importer guessed is marked "guessed" until the user edits it or accepts the form.
 */
export function MetadataForm({ csl, guessed, busy, onAccept, onCancel }: {
  csl: CslItem;
  guessed: readonly string[];
  busy: boolean;
  onAccept: (values: MetadataValues) => void;
  onCancel: () => void;
}): JSX.Element {
  const [values, setValues] = useState<MetadataValues>(() => formValues(csl));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const type = values.type ?? csl.type;
  const set = (field: string, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setTouched((t) => new Set(t).add(field));
  };
  const mark = (field: string) => (guessed.includes(field) && !touched.has(field) ? <span className="bp-guessed">guessed</span> : null);
  return (
    <form
      className="bp-metadata-form"
      aria-label="Source details"
      onSubmit={(e) => {
        e.preventDefault();
        onAccept(values);
      }}
    >
      <label>
        <span>Type {mark('type')}</span>
        <select value={type} onChange={(e) => set('type', e.target.value)}>
          {CSL_TYPES.map((t) => (
            <option key={t.type} value={t.type}>{t.label}</option>
          ))}
          {!CSL_TYPES.some((t) => t.type === type) && <option value={type}>{type}</option>}
        </select>
      </label>
      {fieldsFor(type).map((field) => (
        <label key={field}>
          <span>{FIELD_LABELS[field]} {mark(field)}</span>
          {MULTILINE.has(field) ? (
            <textarea rows={2} value={values[field] ?? ''} onChange={(e) => set(field, e.target.value)} />
          ) : (
            <input value={values[field] ?? ''} onChange={(e) => set(field, e.target.value)} spellCheck={field === 'title'} />
          )}
        </label>
      ))}
      <div className="bp-modal-actions">
        <button type="button" onClick={onCancel} disabled={busy}>Cancel</button>
        <button type="submit" className="primary" disabled={busy || !(values.title ?? '').trim()}>Add to my library</button>
      </div>
    </form>
  );
}
