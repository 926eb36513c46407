/**
 * structuredClone is not ECMAScript but the HTML standard; every runtime core/ runs in (Node,
 * Electron, Chromium) has it, and it does no I/O. Declared alone so core/ can copy a value
 * without taking in the whole DOM or Node library.
 */
declare function structuredClone<T>(value: T): T;
