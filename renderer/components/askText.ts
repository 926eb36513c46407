import { create } from 'zustand';

/** Says in a sentence why an answer cannot be taken, or null when it can. */
export type CheckAnswer = (value: string) => string | null;

interface TextPromptState {
  request: { label: string; value: string; check?: CheckAnswer; resolve: (value: string | null) => void } | null;
}

export const useTextPrompt = create<TextPromptState>(() => ({ request: null }));

/**
 * Asks for one line of text in an in-app dialog: a note's text, a locator, or, in web mode
 * where there are no native file dialogs, a full path. With `check`, an answer it refuses keeps
 * the dialog open with the reason shown, and an empty answer is an answer (not a cancel).
 */
export function askText(label: string, value: string, check?: CheckAnswer): Promise<string | null> {
  return new Promise((resolve) => useTextPrompt.setState({ request: { label, value, resolve, ...(check ? { check } : {}) } }));
}

export function answerText(value: string | null): void {
  const req = useTextPrompt.getState().request;
  useTextPrompt.setState({ request: null });
  req?.resolve(value);
}
