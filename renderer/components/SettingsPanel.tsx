import type { JSX } from 'react';
import { usePack } from '../state/packStore';

/** The pack's export settings: paper, Ibid., bibliography, and the speaking rate. */
export function SettingsPanel(): JSX.Element | null {
  const settings = usePack((s) => s.file?.pack.settings);
  const setSettings = usePack((s) => s.setSettings);
  if (!settings) return null;
  return (
    <details className="bp-cover bp-settings">
      <summary>Export settings</summary>
      <div className="bp-cover-grid">
        <label>
          Paper
          <select value={settings.paper} onChange={(e) => setSettings({ paper: e.target.value === 'letter' ? 'letter' : 'a4' })}>
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </label>
        <label>
          Speaking rate (words per minute)
          <input
            type="number"
            min={60}
            max={300}
            // Uncontrolled, so a number can be typed digit by digit; valid values are applied as typed.
            defaultValue={settings.wordsPerMinute}
            onChange={(e) => {
              const n = Math.round(Number(e.target.value));
              if (n >= 60 && n <= 300) setSettings({ wordsPerMinute: n });
            }}
          />
        </label>
        <label className="bp-check">
          <input type="checkbox" checked={settings.ibid} onChange={(e) => setSettings({ ibid: e.target.checked })} />
          Use “Ibid.” for consecutive citations of one source
        </label>
        <label className="bp-check">
          <input type="checkbox" checked={settings.bibliography} onChange={(e) => setSettings({ bibliography: e.target.checked })} />
          Bibliography at the end
        </label>
      </div>
    </details>
  );
}
