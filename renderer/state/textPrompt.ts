import { create } from 'zustand';

interface TextPromptState {
  request: { label: string; value: string; resolve: (value: string | null) => void } | null;
}

export const useTextPrompt = create<TextPromptState>(() => ({ request: null }));

/**
 * Asks for one line of text in an in-app dialog: a note's text, a locator, or, in web mode
 * where there are no native file dialogs, a full path.
 */
export function askText(label: string, value: string): Promise<string | null> {
  return new Promise((resolve) => useTextPrompt.setState({ request: { label, value, resolve } }));
}

export function answerText(value: string | null): void {
  const req = useTextPrompt.getState().request;
  useTextPrompt.setState({ request: null });
  req?.resolve(value);
}
