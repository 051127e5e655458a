import type { FootprintTemplate } from './build';
import data from './templates.json';

/** The white-hat footprints shipped with the extension; the user edits a copy (no spam footprints). */
export const BUILT_IN_TEMPLATES: readonly FootprintTemplate[] = data as FootprintTemplate[];
