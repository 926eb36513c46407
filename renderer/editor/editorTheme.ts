import type { EditorThemeClasses } from 'lexical';

export const editorTheme: EditorThemeClasses = {
  paragraph: 'bp-p',
  quote: 'bp-user-quote',
  heading: { h1: 'bp-h1', h2: 'bp-h2', h3: 'bp-h3' },
  list: { ul: 'bp-ul', ol: 'bp-ol', listitem: 'bp-li' },
  text: { bold: 'bp-bold', italic: 'bp-italic' },
};
