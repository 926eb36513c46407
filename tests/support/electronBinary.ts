// One definition for the start script and the tests: see scripts/electronBinary.mjs.
export { electronBinary } from '../../scripts/electronBinary.mjs';
