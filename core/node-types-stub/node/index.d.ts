/**
 * Stands in for @types/node inside core/ (see core/tsconfig.layer.json, "typeRoots").
 *
 * docx's typings start with `/// <reference types="node" />`, which would load every Node
 * type into core/export and let `process`, `setTimeout` or `Buffer.from` compile there. This
 * file answers that reference instead: it declares only the type the docx API names in its
 * signatures, as a type, so `Buffer.from(...)` still fails ("only refers to a type"). Node's
 * modules ('stream' and the like) stay undeclared, so importing them fails too.
 */
type Buffer = Uint8Array;
