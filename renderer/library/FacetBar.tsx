import type { JSX } from 'react';
import type { SearchResult } from '../../core/api/contract';

export interface Filters {
  kind?: 'excerpt' | 'recommendation';
  sourceId?: string;
  author?: string;
  region?: string;
  horizon?: string;
  origin?: 'mine' | 'bundled';
}

const FACETS: { key: keyof SearchResult['facets']; filter: keyof Filters; label: string }[] = [
  { key: 'origin', filter: 'origin', label: 'Library' },
  { key: 'kind', filter: 'kind', label: 'Kind' },
  { key: 'source', filter: 'sourceId', label: 'Source' },
  { key: 'author', filter: 'author', label: 'Author' },
  { key: 'region', filter: 'region', label: 'Region / theme' },
  { key: 'horizon', filter: 'horizon', label: 'Horizon' },
];

/** Facet filters with counts; a select per facet keeps it keyboard-friendly and compact. */
export function FacetBar({ facets, filters, onChange }: { facets: SearchResult['facets']; filters: Filters; onChange: (f: Filters) => void }): JSX.Element {
  return (
    <div className="bp-facets">
      {FACETS.map(({ key, filter, label }) => {
        const values = facets[key];
        // "My sources / Bundled" says nothing until one of the user's own sources matches.
        const shown = key === 'origin' ? values.some((v) => v.value === 'mine') : values.length > 0;
        if (!shown && !filters[filter]) return null;
        return (
          <label key={key} className="bp-facet">
            <span>{label}</span>
            <select
              aria-label={`Filter by ${label.toLowerCase()}`}
              value={filters[filter] ?? ''}
              onChange={(e) => {
                const next = { ...filters };
                if (e.target.value) (next as Record<string, string>)[filter] = e.target.value;
                else delete next[filter];
                onChange(next);
              }}
            >
              <option value="">All</option>
              {values.map((v) => (
                <option key={v.value} value={v.value}>
                  {v.label} ({v.count})
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </div>
  );
}
