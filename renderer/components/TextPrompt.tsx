import { useEffect, useRef, useState, type JSX } from 'react';
import { answerText, useTextPrompt } from '../state/textPrompt';

export function TextPrompt(): JSX.Element | null {
  const request = useTextPrompt((s) => s.request);
  if (!request) return null;
  return <TextPromptDialog key={request.label + request.value} label={request.label} initial={request.value} />;
}

function TextPromptDialog({ label, initial }: { label: string; initial: string }): JSX.Element {
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
          answerText(value.trim() || null);
        }}
        onKeyDown={(e) => e.key === 'Escape' && answerText(null)}
      >
        <label>
          {label}
          <input ref={input} name="value" value={value} onChange={(e) => setValue(e.target.value)} spellCheck={false} />
        </label>
        <div className="bp-modal-actions">
          <button type="button" onClick={() => answerText(null)}>Cancel</button>
          <button type="submit" className="primary">OK</button>
        </div>
      </form>
    </div>
  );
}
