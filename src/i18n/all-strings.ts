/** Every language's strings at once, for the build, the downloads and the tests; the pages load only their reader's (languages.ts). */
import type { Lang } from '../state/language.ts';
import { ko } from './ko.ts';
import { en, type Strings } from './strings.ts';

export const STRINGS: Record<Lang, Strings> = { en, ko };
