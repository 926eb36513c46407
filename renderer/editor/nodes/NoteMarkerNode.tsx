import type { JSX } from 'react';
import { NoteMarkerView } from './NoteMarkerView';
import { CiteRun, type FootnoteRun } from '../../../core/pack/schema';
import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';

/** What a note marker in the user's own text carries: a library citation or free text (the pack's own inlines). */
export type NoteMarker = CiteRun | FootnoteRun;

export type SerializedNoteMarker = Spread<{ marker: NoteMarker }, SerializedLexicalNode>;

/** Junk becomes a safe marker: a citation keeps its ref even where its locator is unreadable. */
export function parseNoteMarker(raw: unknown): NoteMarker {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (r.type === 'cite' && typeof r.ref === 'string') {
    const cite = CiteRun.safeParse(r);
    return cite.success ? cite.data : { type: 'cite', ref: r.ref };
  }
  return { type: 'footnote', text: typeof r.text === 'string' ? r.text : '' };
}

/**
 * A footnote marker inside a paragraph: an inline decorator, so the caret steps over it as one
 * character and typing cannot split it. The number shown is assigned live in reading order.
 */
export class NoteMarkerNode extends DecoratorNode<JSX.Element> {
  __marker: NoteMarker;

  static override getType(): string {
    return 'bp-note';
  }

  static override clone(node: NoteMarkerNode): NoteMarkerNode {
    return new NoteMarkerNode(node.__marker, node.__key);
  }

  static override importJSON(json: SerializedNoteMarker): NoteMarkerNode {
    return $createNoteMarkerNode(parseNoteMarker(json.marker));
  }

  constructor(marker: NoteMarker, key?: NodeKey) {
    super(key);
    this.__marker = marker;
  }

  getMarker(): NoteMarker {
    return this.getLatest().__marker;
  }

  setMarker(marker: NoteMarker): this {
    const w = this.getWritable();
    w.__marker = marker;
    return w;
  }

  override exportJSON(): SerializedNoteMarker {
    return { ...super.exportJSON(), marker: this.__marker };
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'bp-note-marker';
    return span;
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

  override decorate(): JSX.Element {
    return <NoteMarkerView nodeKey={this.__key} marker={this.__marker} />;
  }
}

export function $createNoteMarkerNode(marker: NoteMarker): NoteMarkerNode {
  return $applyNodeReplacement(new NoteMarkerNode(marker));
}

export function $isNoteMarkerNode(node: LexicalNode | null | undefined): node is NoteMarkerNode {
  return node instanceof NoteMarkerNode;
}
