import type { JSX } from 'react';
import { $create, $getDocument, $getState, $setState, createState, DecoratorNode, type DOMExportOutput, type LexicalEditor, type LexicalNode } from 'lexical';
import { NoteMarkerView } from './NoteMarkerView';
import { formatLocator } from '../../../core/citations/writeLocator';
import { CiteRun, type FootnoteRun } from '../../../core/pack/schema';

/** What a note marker in the user's own text carries: a library citation or free text (the pack's own inlines). */
export type NoteMarker = CiteRun | FootnoteRun;

const EMPTY_NOTE: NoteMarker = { type: 'footnote', text: '' };

/** Junk becomes a safe marker: a citation keeps its ref even where its locator is unreadable. */
export function parseNoteMarker(raw: unknown): NoteMarker {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (r.type === 'cite' && typeof r.ref === 'string') {
    const cite = CiteRun.safeParse(r);
    return cite.success ? cite.data : { type: 'cite', ref: r.ref };
  }
  if (typeof r.text === 'string' && r.text) return { type: 'footnote', text: r.text };
  return EMPTY_NOTE;
}

const sameMarker = (a: NoteMarker, b: NoteMarker) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Serialised flat as `marker`, the key saved editor states and the clipboard have always used. */
const markerState = createState('marker', { parse: parseNoteMarker, isEqual: sameMarker });

/**
 * A footnote marker inside a paragraph: an inline decorator, so the caret steps over it as one
 * character and typing cannot split it. The number shown is assigned live in reading order.
 */
export class NoteMarkerNode extends DecoratorNode<JSX.Element> {
  override $config() {
    return this.config('bp-note', { extends: DecoratorNode, stateConfigs: [{ flat: true, stateConfig: markerState }] });
  }

  getMarker(): NoteMarker {
    return $getState(this, markerState);
  }

  setMarker(marker: NoteMarker): this {
    return $setState(this, markerState, marker);
  }

  override createDOM(): HTMLElement {
    const span = $getDocument().createElement('span');
    span.className = 'bp-note-marker';
    return span;
  }

  /** Copied out of the editor, a footnote keeps its text in brackets; a citation its locator. */
  override exportDOM(): DOMExportOutput {
    const m = this.getMarker();
    const sup = $getDocument().createElement('sup');
    sup.textContent = m.type === 'footnote' ? `[${m.text}]` : `[${m.locator ? formatLocator(m.locator) : 'source'}]`;
    return { element: sup };
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(editor: LexicalEditor): JSX.Element {
    return <NoteMarkerView editor={editor} nodeKey={this.getKey()} marker={$getState(this, markerState, 'direct')} />;
  }
}

export function $createNoteMarkerNode(marker: NoteMarker): NoteMarkerNode {
  return $create(NoteMarkerNode).setMarker(marker);
}

export function $isNoteMarkerNode(node: LexicalNode | null | undefined): node is NoteMarkerNode {
  return node instanceof NoteMarkerNode;
}
