import { useEffect, useRef, useState, type JSX } from 'react';
import { answerText, useTextPrompt, type CheckAnswer } from './askText';

export function TextPrompt(): JSX.Element | null {
  const request = useTextPrompt((s) => s.request);
  if (!request) return null;
  return <TextPromptDialog key={request.label + request.value} label={request.label} initial={request.value} check={request.check} />;
}

function TextPromptDialog({ label, initial, check }: { label: string; initial: string; check: CheckAnswer | undefined }): JSX.Element {
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
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
          if (!check) return answerText(value.trim() || null);
          const why = check(value.trim());
          if (why) setProblem(why);
          else answerText(value.trim());
        }}
        onKeyDown={(e) => e.key === 'Escape' && answerText(null)}
      >
        <label>
          {label}
          <input ref={input} name="value" value={value} onChange={(e) => { setValue(e.target.value); setProblem(null); }} spellCheck={false} aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'bp-prompt-problem' : undefined} />
        </label>
        {problem && <p id="bp-prompt-problem" className="bp-error" role="alert">{problem}</p>}
        <div className="bp-modal-actions">
          <button type="button" onClick={() => answerText(null)}>Cancel</button>
          <button type="submit" className="primary">OK</button>
        </div>
      </form>
    </div>
  );
}
