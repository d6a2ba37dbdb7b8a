/** The embed-code dialog's own strings, in English and Korean: they load with the dialog (controls/embed-dialog.ts), at its first opening. */
import type { Lang } from '../state/language.ts';
import type { Theme } from '../state/url.ts';

const en = {
  dialogTitle: 'Embed this map',
  intro: 'Paste one of these codes into your page. The map opens on the current view, site, filters and year.',
  theme: 'Colours',
  themes: { light: 'Light', dark: 'Dark', auto: 'Follow the reader’s device' } satisfies Record<Theme, string>,
  languageNames: { en: 'English', ko: '한국어' } satisfies Record<Lang, string>,
  showControls: 'Show the list of sites',
  keepView: 'Keep my current zoom and position (otherwise the map frames the site, or every site)',
  height: 'Height in pixels (before the map reports its own)',
  iframeCode: 'Plain iframe: fixed height, works in any page',
  scriptCode: 'Script: loads when the reader scrolls near it and fits its height',
  copy: 'Copy',
  copied: 'Copied.',
  copyFallback: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
  preview: 'Preview',
};

export type DialogStrings = typeof en;

const ko: DialogStrings = {
  dialogTitle: '이 지도 퍼가기',
  intro: '아래 코드 중 하나를 페이지에 붙여 넣으세요. 지도는 현재 보기, 시설, 필터, 연도로 열립니다.',
  theme: '색상',
  themes: { light: '밝게', dark: '어둡게', auto: '독자 기기 설정 따르기' },
  languageNames: { en: 'English', ko: '한국어' },
  showControls: '시설 목록 표시',
  keepView: '지금 보고 있는 확대 수준과 위치 유지 (아니면 지도가 해당 시설이나 전체 시설을 맞춰 보여 줌)',
  height: '높이(픽셀, 지도가 자체 높이를 알리기 전)',
  iframeCode: '일반 iframe: 높이 고정, 어느 페이지에서나 작동',
  scriptCode: '스크립트: 독자가 가까이 스크롤하면 불러오고 높이를 맞춤',
  copy: '복사',
  copied: '복사했습니다.',
  copyFallback: '선택됨: Ctrl+C(Mac은 ⌘C)를 눌러 복사하세요.',
  preview: '미리 보기',
};

export const DIALOG_STRINGS: Record<Lang, DialogStrings> = { en, ko };
