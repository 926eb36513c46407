import { useEffect, useRef, useState, type JSX } from 'react';
import { answerPath, usePathPrompt } from './askPath';

export function PathPrompt(): JSX.Element | null {
  const request = usePathPrompt((s) => s.request);
  if (!request) return null;
  return <PathPromptDialog key={request.label + request.value} label={request.label} initial={request.value} />;
}

function PathPromptDialog({ label, initial }: { label: string; initial: string }): JSX.Element {
  const [value, setValue] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <div className="bp-modal-backdrop" role="presentation">
      <form
        className="bp-modal"
        role="dialog"
        aria-label={label}
        onSubmit={(e) => {
          e.preventDefault();
          answerPath(value.trim() || null);
        }}
        onKeyDown={(e) => e.key === 'Escape' && answerPath(null)}
      >
        <label>
          {label}
          <input ref={input} name="path" value={value} onChange={(e) => setValue(e.target.value)} spellCheck={false} />
        </label>
        <div className="bp-modal-actions">
          <button type="button" onClick={() => answerPath(null)}>Cancel</button>
          <button type="submit" className="primary">OK</button>
        </div>
      </form>
    </div>
  );
}
