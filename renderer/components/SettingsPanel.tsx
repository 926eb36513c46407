import { useId, useState, type JSX } from 'react';
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
        <SpeakingRateField value={settings.wordsPerMinute} onChange={(wordsPerMinute) => setSettings({ wordsPerMinute })} />
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

const MIN_WPM = 60;
const MAX_WPM = 300;

/**
 * Words per minute, applied as typed when it is a whole number the pack accepts (60–300);
 * anything else is refused with a sentence saying which rate is still in use, never taken
 * silently as another number.
 */
function SpeakingRateField({ value, onChange }: { value: number; onChange: (n: number) => void }): JSX.Element {
  const [text, setText] = useState(String(value));
  const [refused, setRefused] = useState(false);
  const messageId = useId();
  const accept = (raw: string) => {
    setText(raw);
    const n = Number(raw);
    const ok = /^\s*\d+\s*$/.test(raw) && n >= MIN_WPM && n <= MAX_WPM;
    setRefused(!ok);
    if (ok && n !== value) onChange(n);
  };
  return (
    <label>
      Speaking rate (words per minute)
      <input
        type="number"
        inputMode="numeric"
        min={MIN_WPM}
        max={MAX_WPM}
        step={1}
        value={text}
        aria-invalid={refused}
        aria-describedby={refused ? messageId : undefined}
        onChange={(e) => accept(e.target.value)}
        onBlur={() => {
          setText(String(value));
          setRefused(false);
        }}
      />
      {refused && (
        <span id={messageId} className="bp-field-error" role="alert">
          A speaking rate is a whole number from {MIN_WPM} to {MAX_WPM}; still using {value} words per minute.
        </span>
      )}
    </label>
  );
}
